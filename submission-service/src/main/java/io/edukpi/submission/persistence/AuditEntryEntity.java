package io.edukpi.submission.persistence;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One audited transition or change of a result. */
@Entity
@Table(name = "result_audit")
public class AuditEntryEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public UUID resultId;

    public OffsetDateTime at;

    public String actor;

    public String action;

    public String fromState;

    public String toState;

    public String reason;

    @JdbcTypeCode(SqlTypes.JSON)
    public String before;

    @JdbcTypeCode(SqlTypes.JSON)
    public String after;

    public String requestId;

    public static List<AuditEntryEntity> ofResult(UUID resultId) {
        return list("resultId = ?1 order by id", resultId);
    }
}
