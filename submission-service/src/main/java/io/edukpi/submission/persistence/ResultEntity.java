package io.edukpi.submission.persistence;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
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
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One office's result for one indicator and round. */
@Entity
@Table(name = "result")
public class ResultEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "office_code")
    public String officeCode;

    @Column(name = "fiscal_year")
    public int fiscalYear;

    public String level;

    public int round;

    @Column(name = "indicator_code")
    public String indicatorCode;

    @Column(name = "catalogue_id")
    public UUID catalogueId;

    @Column(name = "catalogue_version")
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
    @Column(name = "steps_completed")
    public Integer[] stepsCompleted;

    /** KEYED, FORM, REGISTRY or NONE: where the value came from. */
    @Column(name = "value_origin")
    public String valueOrigin;

    /** What the registry's figures gave, kept beside a value the office corrected. */
    @Column(name = "registry_value")
    public BigDecimal registryValue;

    public String narrative;

    public String problems;

    public String suggestions;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "data_collector")
    public String dataCollector;

    @JdbcTypeCode(SqlTypes.JSON)
    public String supervisor;

    @JdbcTypeCode(SqlTypes.JSON)
    public String certifier;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "office_form")
    public String officeForm;

    public boolean late;

    @Column(name = "return_reason")
    public String returnReason;

    @Column(name = "reviewer_score")
    public BigDecimal reviewerScore;

    @Column(name = "reviewer_reason")
    public String reviewerReason;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_by")
    public String updatedBy;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Column(name = "submitted_by")
    public String submittedBy;

    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    @Column(name = "certified_by")
    public String certifiedBy;

    @Column(name = "certified_at")
    public OffsetDateTime certifiedAt;

    @Column(name = "accepted_by")
    public String acceptedBy;

    @Column(name = "accepted_at")
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
        r.valueOrigin = "NONE";
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
