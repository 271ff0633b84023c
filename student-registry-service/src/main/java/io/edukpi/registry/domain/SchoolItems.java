package io.edukpi.registry.domain;

import java.util.ArrayList;
import java.util.List;

import io.edukpi.commons.message.Finding;

/**
 * A school's 6 key items. Null means "not yet keyed", which completeness counts as missing;
 * {@code dreamSchoolCohort} is 0 for a school that is not a dream school, else 1 or 2.
 */
public record SchoolItems(Boolean internet, Boolean networkCentre, Boolean electricity, Boolean telephone,
        Boolean pipedWater, Integer dreamSchoolCohort) {

    public boolean complete() {
        return internet != null && networkCentre != null && electricity != null && telephone != null
                && pipedWater != null && dreamSchoolCohort != null;
    }

    public List<Finding> findings() {
        List<Finding> out = new ArrayList<>();
        if (dreamSchoolCohort != null && (dreamSchoolCohort < 0 || dreamSchoolCohort > 2)) {
            out.add(RegistryMessage.DREAM_SCHOOL_COHORT.at("items.dreamSchoolCohort").withValue(dreamSchoolCohort));
        }
        return out;
    }
}
