package io.edukpi.scoring.persistence;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

    @Column(name = "idempotency_key")
    public String idempotencyKey;

    @Column(name = "requested_by")
    public String requestedBy;

    @Column(name = "fiscal_year")
    public int fiscalYear;

    public String level;

    public int round;

    @Column(name = "catalogue_id")
    public UUID catalogueId;

    @Column(name = "office_codes")
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] officeCodes;

    @Column(name = "dry_run")
    public boolean dryRun;

    public String status;

    @Column(name = "offices_total")
    public int officesTotal;

    @Column(name = "offices_done")
    public int officesDone;

    @JdbcTypeCode(SqlTypes.JSON)
    public String summary;

    @Column(name = "changes_csv")
    public String changesCsv;

    public String error;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "finished_at")
    public OffsetDateTime finishedAt;
}
