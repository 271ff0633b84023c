package io.edukpi.registry.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * A school's 6 key items. Null means "not yet keyed", which completeness counts as missing;
 * {@code dreamSchoolCohort} is 0 for a school that is not a dream school (โรงเรียนในฝัน), else 1 or 2.
 */
public record SchoolItems(Boolean internet, Boolean networkCentre, Boolean electricity, Boolean telephone,
        Boolean pipedWater, Integer dreamSchoolCohort) {

    public boolean complete() {
        return internet != null && networkCentre != null && electricity != null && telephone != null
                && pipedWater != null && dreamSchoolCohort != null;
    }

    public List<Violation> violations() {
        List<Violation> out = new ArrayList<>();
        if (dreamSchoolCohort != null && (dreamSchoolCohort < 0 || dreamSchoolCohort > 2)) {
            out.add(Violation.of("items.dreamSchoolCohort", "dream-school-cohort",
                    "is 0 (not a dream school), 1 or 2", "ต้องเป็น 0 (ไม่ใช่โรงเรียนในฝัน) 1 หรือ 2",
                    String.valueOf(dreamSchoolCohort)));
        }
        return out;
    }
}
