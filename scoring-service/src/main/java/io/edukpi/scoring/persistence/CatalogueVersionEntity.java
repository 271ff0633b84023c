package io.edukpi.scoring.persistence;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Scoring's own copy of a published catalogue version, as received on catalogue.published. */
@Entity
@Table(name = "catalogue_version")
public class CatalogueVersionEntity extends PanacheEntityBase {

    @Id
    public UUID catalogueId;

    public int fiscalYear;

    public String level;

    public int version;

    public String contentHash;

    public OffsetDateTime publishedAt;

    public OffsetDateTime receivedAt;

    @JdbcTypeCode(SqlTypes.JSON)
    public String catalogue;

    public static Optional<CatalogueVersionEntity> newest(int fiscalYear, String level) {
        return find("fiscalYear = ?1 and level = ?2 order by version desc", fiscalYear, level).firstResultOptional();
    }

    public static Optional<CatalogueVersionEntity> byVersion(int fiscalYear, String level, int version) {
        return find("fiscalYear = ?1 and level = ?2 and version = ?3", fiscalYear, level, version).firstResultOptional();
    }
}
