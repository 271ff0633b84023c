package io.edukpi.submission.evidence.persistence;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One evidence file attached to a result. */
@Entity
@Table(name = "evidence")
public class EvidenceEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID resultId;

    public String fileName;

    public String contentType;

    public long size;

    public String sha256;

    public String storageKey;

    public String uploadedBy;

    public OffsetDateTime uploadedAt;

    public static List<EvidenceEntity> ofResult(UUID resultId) {
        return list("resultId = ?1 order by uploadedAt, id", resultId);
    }

    public static Optional<EvidenceEntity> of(UUID resultId, UUID id) {
        return find("resultId = ?1 and id = ?2", resultId, id).firstResultOptional();
    }

    public static Optional<EvidenceEntity> bySha(UUID resultId, String sha256) {
        return find("resultId = ?1 and sha256 = ?2", resultId, sha256).firstResultOptional();
    }

    /** Bytes already attached to the result. */
    public static long totalSize(UUID resultId) {
        Long total = getEntityManager()
                .createQuery("select coalesce(sum(e.size), 0) from EvidenceEntity e where e.resultId = ?1", Long.class)
                .setParameter(1, resultId).getSingleResult();
        return total;
    }

    public static long referencesTo(String storageKey) {
        return count("storageKey", storageKey);
    }

    /**
     * Serialises, until the transaction ends, everyone who adds or removes references to the same
     * stored bytes, so that a delete never removes bytes another upload has just referenced.
     */
    public static void lockContent(String sha256) {
        getEntityManager().createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtextextended(?1, 0))) l")
                .setParameter(1, "evidence:" + sha256).getSingleResult();
    }
}
