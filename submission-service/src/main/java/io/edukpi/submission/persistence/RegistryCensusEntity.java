package io.edukpi.submission.persistence;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The latest registry.statistics payload of an office for one census date. */
@Entity
@Table(name = "registry_census")
public class RegistryCensusEntity extends PanacheEntityBase {

    @Embeddable
    public record Key(String officeCode, LocalDate censusDate)
            implements
                Serializable {
    }

    @EmbeddedId
    public Key key;

    public OffsetDateTime generatedAt;

    @JdbcTypeCode(SqlTypes.JSON)
    public String payload;
}
