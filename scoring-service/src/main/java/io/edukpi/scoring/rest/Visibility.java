package io.edukpi.scoring.rest;

import jakarta.enterprise.context.RequestScoped;

import io.edukpi.commons.problem.ProblemException;
import io.edukpi.commons.security.Caller;
import io.edukpi.commons.security.Roles;
import io.edukpi.scoring.domain.ScoringMessage;
import io.edukpi.scoring.service.OfficeScope;

/**
 * Who sees which scores: OBEC (admin, reviewer) and the batch client see everything; an area
 * officer sees its own office, unpublished versions included, and no other office (404, so that
 * office codes cannot be probed); a dashboard sees the published (official) scores of everyone.
 */
@RequestScoped
public class Visibility {

    /** Who sees which scores, for the operations' descriptions. */
    static final String WHO_SEES = "OBEC (obec-admin, reviewer) and the batch client see every office, an area officer only "
            + "the own office (unpublished versions included), a dashboard only official scores; an office the caller "
            + "may not see is not-found (404).";

    private final Caller caller;

    public Visibility(Caller caller) {
        this.caller = caller;
    }

    public boolean seesEverything() {
        return caller.hasAnyRole(Roles.OBEC_ADMIN, Roles.REVIEWER, Roles.BATCH);
    }

    /** Whether only official versions may be shown of this office; 404 when none may. */
    public boolean officialOnly(String officeCode) {
        if (seesEverything()) {
            return false;
        }
        if (caller.hasRole(Roles.AREA_OFFICER) && caller.officeCode().filter(officeCode::equals).isPresent()) {
            return false;
        }
        if (caller.hasRole(Roles.DASHBOARD)) {
            return true;
        }
        throw notFound(officeCode);
    }

    /** For feeds: every office, or the one an area officer is limited to. */
    public OfficeScope feedScope() {
        if (seesEverything() || caller.hasRole(Roles.DASHBOARD)) {
            return OfficeScope.all();
        }
        return OfficeScope.only(caller.officeCode()
                .orElseThrow(() -> ProblemException.forbidden(ScoringMessage.TOKEN_WITHOUT_OFFICE.text())));
    }

    /** Dashboards see official versions only, an area officer everything of its own office. */
    public boolean feedOfficialOnly() {
        return !seesEverything() && !caller.hasRole(Roles.AREA_OFFICER);
    }

    public static ProblemException notFound(String officeCode) {
        return ProblemException.notFound(ScoringMessage.OFFICE_SCORES_NOT_FOUND.text(officeCode));
    }
}
