package io.edukpi.submission.persistence;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
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

    /** The strong ETag of the result's representation. */
    public String etag() {
        return "\"" + version + "." + revision + "\"";
    }

    public static java.util.Optional<ResultEntity> byKey(String officeCode, int fiscalYear, String level, int round,
            String indicatorCode) {
        return find("officeCode = ?1 and fiscalYear = ?2 and level = ?3 and round = ?4 and indicatorCode = ?5",
                officeCode, fiscalYear, level, round, indicatorCode).firstResultOptional();
    }
}
