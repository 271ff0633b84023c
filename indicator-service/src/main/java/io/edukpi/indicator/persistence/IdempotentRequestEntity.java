package io.edukpi.indicator.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;

/** The first answer to a POST sent with an Idempotency-Key. */
@Entity
@Table(name = "idempotent_request")
public class IdempotentRequestEntity extends PanacheEntityBase {

    @Embeddable
    public record Id(@Column(name = "caller") String caller, @Column(name = "key") String key) implements Serializable {
    }

    @EmbeddedId
    public Id id;

    public String operation;

    public int status;

    public String location;

    public String body;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
