package io.edukpi.registry.service;

import java.util.Set;

import jakarta.enterprise.context.RequestScoped;

import io.edukpi.commons.problem.ProblemException;
import io.edukpi.commons.security.Caller;
import io.edukpi.commons.security.Roles;
import io.edukpi.registry.domain.RegistryMessage;
import io.edukpi.registry.domain.SchoolScope;

/**
 * Who may see and change what, from the caller's token: a school officer its own school, an area
 * officer the schools of its office (read and certify), an MIS client the schools it is registered
 * for, OBEC administrators everything. What a caller may not see answers 404, so existence does not
 * leak; what it may see but not change answers 403.
 */
@RequestScoped
public class Access {

    private final Caller caller;

    public Access(Caller caller) {
        this.caller = caller;
    }

    public String actor() {
        return caller.clientId().filter(id -> caller.hasRole(Roles.MIS_CLIENT)).orElse(caller.name());
    }

    public boolean admin() {
        return caller.hasRole(Roles.OBEC_ADMIN);
    }

    public boolean pii() {
        return caller.hasRole(Roles.REGISTRY_PII);
    }

    /** The schools the caller may write. */
    public SchoolScope writableSchools() {
        if (admin()) {
            return SchoolScope.all();
        }
        if (caller.hasRole(Roles.MIS_CLIENT)) {
            return SchoolScope.of(caller.misSchoolCodes());
        }
        if (caller.hasRole(Roles.SCHOOL_OFFICER)) {
            return SchoolScope.of(caller.schoolCode().map(Set::of).orElse(Set.of()));
        }
        throw ProblemException.forbidden(RegistryMessage.WRITE_FORBIDDEN.text());
    }

    public boolean mayWrite(String schoolCode) {
        return writableSchools().includes(schoolCode);
    }

    public void requireWrite(String schoolCode) {
        if (!mayWrite(schoolCode)) {
            throw ProblemException.forbidden(RegistryMessage.SCHOOL_WRITE_FORBIDDEN.text(schoolCode));
        }
    }

    /** Whether the caller may read a school's data, knowing the school's office. */
    public boolean mayRead(String schoolCode, String officeCode) {
        if (admin() || caller.hasRole(Roles.REVIEWER)) {
            return true;
        }
        if (caller.hasRole(Roles.AREA_OFFICER) && caller.officeCode().filter(officeCode::equals).isPresent()) {
            return true;
        }
        if (caller.hasRole(Roles.SCHOOL_OFFICER) && caller.schoolCode().filter(schoolCode::equals).isPresent()) {
            return true;
        }
        return caller.hasRole(Roles.MIS_CLIENT) && caller.misSchoolCodes().contains(schoolCode);
    }

    /** Office-wide figures: OBEC, dashboards, and the office's own officers. */
    public boolean mayReadOffice(String officeCode) {
        return admin() || caller.hasAnyRole(Roles.REVIEWER, Roles.DASHBOARD)
                || caller.hasRole(Roles.AREA_OFFICER) && caller.officeCode().filter(officeCode::equals).isPresent();
    }

    /** The director (school officer) certifies the own school; the area office for its schools. */
    public boolean mayCertify(String schoolCode, String officeCode) {
        return admin()
                || caller.hasRole(Roles.SCHOOL_OFFICER) && caller.schoolCode().filter(schoolCode::equals).isPresent()
                || officeOfficer(officeCode);
    }

    public boolean officeOfficer(String officeCode) {
        return admin() || caller.hasRole(Roles.AREA_OFFICER) && caller.officeCode().filter(officeCode::equals).isPresent();
    }
}
