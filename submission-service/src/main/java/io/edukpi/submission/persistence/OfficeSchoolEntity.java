package io.edukpi.submission.persistence;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A school of an office, as the registry last reported it: the schools that owe a form (2). */
@Entity
@Table(name = "office_school")
public class OfficeSchoolEntity extends PanacheEntityBase {

    @Id
    public String code;

    public String officeCode;

    public String nameTh;

    public OffsetDateTime updatedAt;

    public static List<OfficeSchoolEntity> ofOffice(String officeCode) {
        return list("officeCode = ?1 order by code", officeCode);
    }
}
