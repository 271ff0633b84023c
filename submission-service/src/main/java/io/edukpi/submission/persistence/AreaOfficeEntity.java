package io.edukpi.submission.persistence;

import java.time.OffsetDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An area office results belong to; its kind travels with every accepted result (offices rank within their kind). */
@Entity
@Table(name = "area_office")
public class AreaOfficeEntity extends PanacheEntityBase {

    @Id
    public String code;

    public String nameTh;

    public String kind;

    public OffsetDateTime updatedAt;

    /** changedAt of the registry's registration last applied; null before the first. */
    public OffsetDateTime registeredAt;
}
