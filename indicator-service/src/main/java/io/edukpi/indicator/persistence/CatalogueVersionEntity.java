package io.edukpi.indicator.persistence;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A stored catalogue version: the canonical JSON plus the columns lists filter on. */
@Entity
@Table(name = "catalogue_version")
public class CatalogueVersionEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "fiscal_year")
    public int fiscalYear;

    public String level;

    public int version;

    public String status;

    public String title;

    @JdbcTypeCode(SqlTypes.JSON)
    public String content;

    @Column(name = "content_hash")
    public String contentHash;

    @JdbcTypeCode(SqlTypes.JSON)
    public String findings;

    @Column(name = "indicator_count")
    public int indicatorCount;

    /** Bumped by every change; the ETag of the version's representations. */
    public int revision;

    @Column(name = "copied_from")
    public UUID copiedFrom;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    @Column(name = "archived_at")
    public OffsetDateTime archivedAt;
}
