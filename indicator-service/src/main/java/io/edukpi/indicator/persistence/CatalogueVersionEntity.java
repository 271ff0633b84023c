package io.edukpi.indicator.persistence;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.edukpi.indicator.domain.Catalogue;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A stored catalogue version: the canonical JSON plus the columns lists filter on. */
@Entity
// Named by its table, not by the class: the naming strategy would make it catalogue_version_entity.
@Table(name = "catalogue_version")
public class CatalogueVersionEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    public int fiscalYear;

    @Enumerated(EnumType.STRING)
    public Catalogue.Level level;

    public int version;

    @Enumerated(EnumType.STRING)
    public Catalogue.Status status;

    public String title;

    @JdbcTypeCode(SqlTypes.JSON)
    public String content;

    public String contentHash;

    @JdbcTypeCode(SqlTypes.JSON)
    public String findings;

    public int indicatorCount;

    /** Bumped by every change; the ETag of the version's representations. */
    public int revision;

    public UUID copiedFrom;

    public OffsetDateTime createdAt;

    public OffsetDateTime updatedAt;

    public OffsetDateTime publishedAt;

    public OffsetDateTime archivedAt;
}
