package io.edukpi.devstack.demo;

/** Who does what in the demo year: the realm's OBEC users and the people the demo adds per office and school. */
final class DemoPeople {

    static final String ADMIN = "obec.admin";
    static final String REVIEWER = "obec.reviewer";

    private DemoPeople() {
    }

    /** An area officer of the office: role "officer" keys and submits, "supervisor" certifies. */
    static String username(DemoData.Office office, String role) {
        return "demo." + office.code() + "." + role;
    }

    static String schoolOfficer(DemoData.School school) {
        return "demo.school." + school.code();
    }

    static String email(String username) {
        return username + "@demo.edukpi.local";
    }
}
