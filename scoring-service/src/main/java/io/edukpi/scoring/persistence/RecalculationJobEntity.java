package io.edukpi.scoring.persistence;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A batch recalculation: what was asked, how far it got and what it found. */
@Entity
@Table(name = "recalculation_job")
public class RecalculationJobEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    public String requestedBy;

    public int fiscalYear;

    public String level;

    public int round;

    public UUID catalogueId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] officeCodes;

    public boolean dryRun;

    @Enumerated(EnumType.STRING)
    public RecalculationStatus status;

    public int officesTotal;

    public int officesDone;

    @JdbcTypeCode(SqlTypes.JSON)
    public String summary;

    public String changesCsv;

    public String error;

    public OffsetDateTime createdAt;

    public OffsetDateTime finishedAt;
}
