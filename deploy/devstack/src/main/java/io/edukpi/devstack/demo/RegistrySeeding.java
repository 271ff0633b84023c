package io.edukpi.devstack.demo;

import static io.edukpi.devstack.demo.DemoPeople.ADMIN;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The "registry" stage: the census round, every office and school, the students and population
 * (StudentFile), then each school's census certified, after which student-registry-service publishes
 * the office statistics submission-service opens the enrolment-ratio drafts from.
 */
final class RegistrySeeding {

    private final DemoData data;
    private final PlatformClient client;
    private final String registry;
    private final StudentFile students;

    RegistrySeeding(DemoData data, PlatformClient client, ServiceUrls urls, StudentFile students) {
        this.data = data;
        this.client = client;
        this.registry = urls.registry();
        this.students = students;
    }

    /** Fills the registry; answers the number of students in the demo year. */
    int run(OfficePool pool) {
        List<DemoData.Office> offices = data.offices();
        long census = censusRound();
        pool.forEach(offices, o -> client.ok(ADMIN, "PUT", registry + "/area-offices/" + o.code(),
                Map.of("code", o.code(), "nameTh", o.nameTh(), "kind", o.kind())));
        pool.forEach(offices, o -> data.schools(o).forEach(s -> client.ok(ADMIN, "PUT", registry + "/schools/" + s.code(),
                Map.of("code", s.code(), "nameTh", s.nameTh(), "officeCode", s.officeCode()))));
        int count = students.load(census);
        pool.forEach(offices, o -> data.schools(o).forEach(s -> certify(census, s)));
        return count;
    }

    /** The census round of 10 June 2011 (B.E. 2554), opened once. */
    private long censusRound() {
        JsonNode rounds = client.ok(ADMIN, "GET", registry + "/census-rounds", null);
        for (JsonNode round : rounds.isArray() ? rounds : rounds.path("items")) {
            if (round.path("academicYear").asInt() == DemoData.ACADEMIC_YEAR && round.path("roundNo").asInt() == 1) {
                return round.path("id").asLong();
            }
        }
        return client.ok(ADMIN, "POST", registry + "/census-rounds",
                Map.of("academicYear", DemoData.ACADEMIC_YEAR, "roundNo", 1)).path("id").asLong();
    }

    /** obec-admin certifies the school's census data: the registry then publishes the office's statistics. */
    private void certify(long census, DemoData.School school) {
        String url = registry + "/census-rounds/" + census + "/schools/" + school.code() + "/certification";
        PlatformClient.Answer answer = client.call(ADMIN, "POST", url, null);
        if (!answer.ok() && answer.status() != 409) {
            throw PlatformClient.failure("POST", url, answer);
        }
    }
}
