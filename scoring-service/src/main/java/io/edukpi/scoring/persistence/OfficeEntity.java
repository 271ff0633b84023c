package io.edukpi.scoring.persistence;

import java.time.OffsetDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An area office as the submission events describe it; its kind decides whom it is ranked against. */
@Entity
@Table(name = "office")
public class OfficeEntity extends PanacheEntityBase {

    @Id
    public String officeCode;

    public String officeKind;

    public OffsetDateTime updatedAt;
}
