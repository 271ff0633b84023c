package io.edukpi.submission.persistence;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.edukpi.submission.domain.ResultKey;
import io.edukpi.submission.domain.ResultState;
import io.edukpi.submission.domain.ValueOrigin;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One office's result for one indicator and round. */
@Entity
@Table(name = "result")
public class ResultEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    public String officeCode;

    public int fiscalYear;

    public String level;

    public int round;

    public String indicatorCode;

    public UUID catalogueId;

    public int catalogueVersion;

    @Enumerated(EnumType.STRING)
    public ResultState state;

    /** Grows when obec-admin reopens an accepted result. */
    public int version;

    /** Grows with every change; with version it is the ETag. */
    @Version
    public int revision;

    public BigDecimal value;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public Integer[] stepsCompleted;

    @Enumerated(EnumType.STRING)
    public ValueOrigin valueOrigin;

    /** What the registry's figures gave, kept beside a value the office corrected. */
    public BigDecimal registryValue;

    public String narrative;

    public String problems;

    public String suggestions;

    @JdbcTypeCode(SqlTypes.JSON)
    public String dataCollector;

    @JdbcTypeCode(SqlTypes.JSON)
    public String supervisor;

    @JdbcTypeCode(SqlTypes.JSON)
    public String certifier;

    @JdbcTypeCode(SqlTypes.JSON)
    public String officeForm;

    public boolean late;

    public String returnReason;

    public BigDecimal reviewerScore;

    public String reviewerReason;

    public String createdBy;

    public OffsetDateTime createdAt;

    public String updatedBy;

    public OffsetDateTime updatedAt;

    public String submittedBy;

    public OffsetDateTime submittedAt;

    public String certifiedBy;

    public OffsetDateTime certifiedAt;

    public String acceptedBy;

    public OffsetDateTime acceptedAt;

    /** A new draft result, not yet persisted. */
    public static ResultEntity draft(ResultKey key, UUID catalogueId, int catalogueVersion, String by, OffsetDateTime at) {
        ResultEntity r = new ResultEntity();
        r.id = UUID.randomUUID();
        r.officeCode = key.officeCode();
        r.fiscalYear = key.fiscalYear();
        r.level = key.level();
        r.round = key.round();
        r.indicatorCode = key.indicatorCode();
        r.catalogueId = catalogueId;
        r.catalogueVersion = catalogueVersion;
        r.state = ResultState.DRAFT;
        r.version = 1;
        r.valueOrigin = ValueOrigin.NONE;
        r.createdBy = by;
        r.createdAt = at;
        r.updatedBy = by;
        r.updatedAt = at;
        return r;
    }

    // The steps of the workflow (domain.Workflow decides whether they may happen): each sets the
    // fields its step owns and clears those a later step would have set.

    public void submit(String by, OffsetDateTime at, boolean afterDeadline) {
        state = ResultState.SUBMITTED;
        late = afterDeadline;
        submittedBy = by;
        submittedAt = at;
        certifiedBy = null;
        certifiedAt = null;
        returnReason = null;
    }

    public void certify(String by, OffsetDateTime at) {
        state = ResultState.CERTIFIED;
        certifiedBy = by;
        certifiedAt = at;
    }

    /** @param score a reviewer's score replacing the computed one, or null */
    public void accept(String by, OffsetDateTime at, BigDecimal score, String scoreReason) {
        state = ResultState.ACCEPTED;
        reviewerScore = score;
        reviewerReason = score == null ? null : scoreReason;
        acceptedBy = by;
        acceptedAt = at;
        returnReason = null;
    }

    public void sendBack(String reason) {
        state = ResultState.RETURNED;
        returnReason = reason;
    }

    /** Back to a draft of the next version; the accepted version stays in the snapshots. */
    public void reopen() {
        state = ResultState.DRAFT;
        version = version + 1;
        submittedBy = null;
        submittedAt = null;
        certifiedBy = null;
        certifiedAt = null;
        acceptedBy = null;
        acceptedAt = null;
        reviewerScore = null;
        reviewerReason = null;
        late = false;
    }

    /** The strong ETag of the result's representation. */
    public String etag() {
        return "\"" + version + "." + revision + "\"";
    }

    public static Optional<ResultEntity> byKey(String officeCode, int fiscalYear, String level, int round,
            String indicatorCode) {
        return find("officeCode = ?1 and fiscalYear = ?2 and level = ?3 and round = ?4 and indicatorCode = ?5",
                officeCode, fiscalYear, level, round, indicatorCode).firstResultOptional();
    }
}
