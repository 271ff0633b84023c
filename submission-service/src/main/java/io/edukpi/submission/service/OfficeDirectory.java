package io.edukpi.submission.service;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.edukpi.commons.problem.ProblemException;
import io.edukpi.submission.domain.SubmissionMessage;
import io.edukpi.submission.persistence.AreaOfficeEntity;
import io.edukpi.submission.persistence.OfficeSchoolEntity;

/** The area offices and their schools as the registry last described them. */
@ApplicationScoped
public class OfficeDirectory {

    public record School(String code, String nameTh) {
    }

    /**
     * The registry registered, renamed or re-kinded an office at {@code changedAt}; needs a transaction. False
     * when a later registration was applied already (an older event changes nothing).
     */
    public boolean registered(String code, String nameTh, String kind, OffsetDateTime changedAt) {
        AreaOfficeEntity known = AreaOfficeEntity.findById(code);
        if (known != null && known.registeredAt != null && known.registeredAt.isAfter(changedAt)) {
            return false;
        }
        put(code, nameTh, kind).registeredAt = changedAt;
        return true;
    }

    /** Creates or updates an office; needs a transaction. */
    public AreaOfficeEntity put(String code, String nameTh, String kind) {
        AreaOfficeEntity office = AreaOfficeEntity.findById(code);
        if (office == null) {
            office = new AreaOfficeEntity();
            office.code = code;
        }
        office.nameTh = nameTh;
        office.kind = kind;
        office.updatedAt = OffsetDateTime.now();
        office.persist();
        return office;
    }

    /** Replaces the office's school list (a school that moved office moves with it); needs a transaction. */
    public void schools(String officeCode, List<School> schools) {
        for (School s : schools) {
            OfficeSchoolEntity e = OfficeSchoolEntity.findById(s.code());
            if (e == null) {
                e = new OfficeSchoolEntity();
                e.code = s.code();
            }
            e.officeCode = officeCode;
            e.nameTh = s.nameTh();
            e.updatedAt = OffsetDateTime.now();
            e.persist();
        }
        List<String> codes = schools.stream().map(School::code).toList();
        if (codes.isEmpty()) {
            OfficeSchoolEntity.delete("officeCode", officeCode);
        } else {
            OfficeSchoolEntity.delete("officeCode = ?1 and code not in ?2", officeCode, codes);
        }
    }

    /** The office, or a 409 saying it must be registered first (its kind decides where it is ranked). */
    public AreaOfficeEntity require(String code) {
        AreaOfficeEntity office = AreaOfficeEntity.findById(code);
        if (office == null) {
            throw new ProblemException(409, SubmissionMessage.OFFICE_NOT_REGISTERED,
                    SubmissionMessage.OFFICE_NOT_REGISTERED_DETAIL.text(code), List.of());
        }
        return office;
    }
}
