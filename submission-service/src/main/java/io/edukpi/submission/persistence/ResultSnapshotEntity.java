package io.edukpi.submission.persistence;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An accepted version of a result, frozen as it was accepted. */
@Entity
@Table(name = "result_snapshot")
public class ResultSnapshotEntity extends PanacheEntityBase {

    @Embeddable
    public record Key(UUID resultId, int version) implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @JdbcTypeCode(SqlTypes.JSON)
    public String data;

    public OffsetDateTime acceptedAt;

    public OffsetDateTime withdrawnAt;
}
