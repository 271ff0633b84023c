package io.edukpi.submission.persistence;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A published catalogue version as catalogue.published carried it. */
@Entity
@Table(name = "catalogue_version")
public class CatalogueVersionEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    public int fiscalYear;

    public String level;

    public int version;

    public String title;

    @JdbcTypeCode(SqlTypes.JSON)
    public String content;

    public OffsetDateTime publishedAt;

    public OffsetDateTime receivedAt;

    /** The newest version of (fiscalYear, level): results are keyed against it. */
    public static Optional<CatalogueVersionEntity> latest(int fiscalYear, String level) {
        return find("fiscalYear = ?1 and level = ?2 order by version desc", fiscalYear, level).firstResultOptional();
    }
}
