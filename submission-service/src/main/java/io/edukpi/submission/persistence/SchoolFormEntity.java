package io.edukpi.submission.persistence;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A school's form (2) for its office's result. */
@Entity
@Table(name = "school_form")
public class SchoolFormEntity extends PanacheEntityBase {

    @Embeddable
    public record Key(UUID resultId, String schoolCode)
            implements
                Serializable {
    }

    @EmbeddedId
    public Key key;

    @JdbcTypeCode(SqlTypes.JSON)
    public String data;

    public String filledBy;

    public OffsetDateTime filledAt;

    public static List<SchoolFormEntity> ofResult(UUID resultId) {
        return list("key.resultId = ?1 order by key.schoolCode", resultId);
    }
}
