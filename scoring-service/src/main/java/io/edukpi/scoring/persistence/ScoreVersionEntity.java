package io.edukpi.scoring.persistence;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One version of an office's scores for a round. Versions are never updated: a changed value
 * makes the next version. {@code official}: written while the round was closed (the published
 * snapshot); {@code revision}: a change after that snapshot, flagged for everyone to see.
 */
@Entity
@Table(name = "score_version")
public class ScoreVersionEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "score_version_seq")
    @SequenceGenerator(name = "score_version_seq", sequenceName = "score_version_seq", allocationSize = 50)
    public Long id;

    public String officeCode;

    public String officeKind;

    public int fiscalYear;

    public String level;

    public int round;

    public int version;

    public UUID catalogueId;

    public int catalogueVersion;

    /** Unrounded, as the ranking uses it. */
    public BigDecimal total;

    public BigDecimal percent;

    public String bandCode;

    public boolean official;

    public boolean revision;

    /** What caused the version: an event id, a round closure or a recalculation job. */
    public String cause;

    /** Hash of every score and status of the tree: equal fingerprints mean no value changed. */
    public String fingerprint;

    /** Unrounded score (or null) of every indicator and of the total ("TOTAL"), by code. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String nodeScores;

    /** The whole OfficeEvaluation: the explanation of every score. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String evaluation;

    public OffsetDateTime createdAt;
}
