package io.edukpi.scoring.persistence;

import java.time.OffsetDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * An area office: its kind decides whom it is ranked against (from the submission events and the registry), its
 * Thai name is the registry's ({@code registry.area-offices}), as of {@code nameChangedAt}.
 */
@Entity
@Table(name = "office")
public class OfficeEntity extends PanacheEntityBase {

    @Id
    public String officeCode;

    public String officeKind;

    public String nameTh;

    public OffsetDateTime nameChangedAt;

    public OffsetDateTime updatedAt;
}
