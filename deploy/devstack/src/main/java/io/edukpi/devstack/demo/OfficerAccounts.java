package io.edukpi.devstack.demo;

import static io.edukpi.devstack.demo.DemoPeople.email;
import static io.edukpi.devstack.demo.DemoPeople.schoolOfficer;
import static io.edukpi.devstack.demo.DemoPeople.username;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The "officers" stage: the people who report, in Keycloak. An office has two area officers, because
 * nobody certifies a result they submitted, and each of its form schools a school officer.
 */
final class OfficerAccounts {

    private static final String AREA_GROUP = "demo-area-officers";
    private static final String SCHOOL_GROUP = "demo-school-officers";

    private final DemoData data;
    private final PlatformClient client;
    private final AtomicInteger created = new AtomicInteger();

    OfficerAccounts(DemoData data, PlatformClient client) {
        this.data = data;
        this.client = client;
    }

    void run(OfficePool pool) {
        cheapPasswordHashing();
        String areaGroup = group(AREA_GROUP, "area-officer");
        String schoolGroup = group(SCHOOL_GROUP, "school-officer");
        pool.forEach(data.offices(), o -> {
            person(username(o, "officer"), DemoTexts.text("officer.firstName"), o.nameTh(), areaGroup, o.code(), null);
            person(username(o, "supervisor"), DemoTexts.text("supervisor.firstName"), o.nameTh(), areaGroup, o.code(),
                    null);
            for (DemoData.School school : data.formSchools(o)) {
                person(schoolOfficer(school), DemoTexts.text("schoolOfficer.firstName"), school.nameTh(), schoolGroup,
                        o.code(), school.code());
            }
        });
    }

    /** People this run created (those of an earlier run exist already). */
    int created() {
        return created.get();
    }

    /**
     * The realm's default hashing (Argon2) costs ~0.15 s of CPU per password set or checked; the demo sets
     * and checks one per person (about 1,000), so it switches this local realm, whose demo passwords are
     * public anyway, to PBKDF2-SHA256 with 1,000 iterations.
     */
    private void cheapPasswordHashing() {
        PlatformClient.Answer answer = client.admin("PUT", "", Map.of("passwordPolicy",
                "hashAlgorithm(pbkdf2-sha256) and hashIterations(1000)"));
        if (!answer.ok()) {
            throw PlatformClient.failure("PUT", "realm edukpi", answer);
        }
    }

    /** A group carrying one realm role, so each person is one create call; answers its name. */
    private String group(String name, String role) {
        PlatformClient.Answer answer = client.admin("POST", "/groups", Map.of("name", name));
        if (!answer.ok() && answer.status() != 409) {
            throw PlatformClient.failure("POST", "/groups", answer);
        }
        String id = null;
        for (JsonNode group : client.admin("GET", "/groups?exact=true&search=" + name, null).json()) {
            if (group.path("name").asText().equals(name)) {
                id = group.path("id").asText();
            }
        }
        JsonNode roleRepresentation = client.admin("GET", "/roles/" + role, null).json();
        PlatformClient.Answer mapped = client.admin("POST", "/groups/" + id + "/role-mappings/realm",
                PlatformClient.JSON.createArrayNode().add(roleRepresentation));
        if (!mapped.ok()) {
            throw PlatformClient.failure("POST", "role-mappings", mapped);
        }
        return name;
    }

    /**
     * One person in Keycloak: the attributes office_code and school_code (the realm's token claims), a group
     * for the role, password edukpi-demo.
     */
    private void person(String username, String firstName, String lastName, String group, String office,
            String school) {
        ObjectNode user = PlatformClient.JSON.createObjectNode();
        user.put("username", username).put("enabled", true).put("emailVerified", true)
                .put("firstName", firstName).put("lastName", lastName).put("email", email(username));
        ObjectNode attributes = user.putObject("attributes");
        attributes.putArray("office_code").add(office);
        if (school != null) {
            attributes.putArray("school_code").add(school);
        }
        user.putArray("groups").add("/" + group);
        user.putArray("credentials").addObject().put("type", "password").put("value", PlatformClient.PASSWORD)
                .put("temporary", false);
        PlatformClient.Answer answer = client.admin("POST", "/users", user);
        if (answer.status() == 201) {
            created.incrementAndGet();
        } else if (answer.status() != 409) {
            throw PlatformClient.failure("POST", "/users", answer);
        }
    }
}
