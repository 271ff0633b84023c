package io.edukpi.devstack.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class DemoDataTest {

    private final DemoData data = new DemoData(2554, 0.01);

    @Test
    void has183PrimaryAnd62SecondaryOfficesWithUniqueCodesIncludingTheRealmsDemoOffices() {
        List<DemoData.Office> offices = data.offices();
        assertEquals(183, offices.stream().filter(DemoData.Office::primary).count());
        assertEquals(62, offices.stream().filter(o -> !o.primary()).count());
        Set<String> codes = new HashSet<>();
        offices.forEach(o -> assertTrue(codes.add(o.code()), "duplicate " + o.code()));
        assertEquals(245, codes.size());
        DemoData.Office cm1 = offices.stream().filter(o -> o.code().equals("5001")).findFirst().orElseThrow();
        assertEquals("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาเชียงใหม่ เขต 1", cm1.nameTh());
        DemoData.Office cmSec = offices.stream().filter(o -> o.code().equals("5034")).findFirst().orElseThrow();
        assertEquals("SECONDARY", cmSec.kind());
        assertTrue(offices.stream().allMatch(o -> o.code().matches("[0-9]{4}")));
    }

    @Test
    void theSameSeedGivesTheSameYearAndAnotherSeedAnother() {
        DemoData.Office office = data.offices().get(100);
        assertEquals(csv(data, office), csv(new DemoData(2554, 0.01), office));
        assertEquals(ReportPlan.of(data, office), ReportPlan.of(new DemoData(2554, 0.01), office));
        assertNotEquals(csv(data, office), csv(new DemoData(7, 0.01), office));
    }

    @Test
    void studentsHaveValidUniqueCitizenIdsAndAgesFittingTheirLevel() {
        Set<String> ids = new HashSet<>();
        for (DemoData.Office office : data.offices().subList(0, 20)) {
            for (String line : csv(data, office).split("\n")) {
                String[] cells = line.split(",");
                String id = cells[1];
                assertTrue(ids.add(id), "duplicate " + id);
                int sum = 0;
                for (int i = 0; i < 12; i++) {
                    sum += (id.charAt(i) - '0') * (13 - i);
                }
                assertEquals((11 - sum % 11) % 10, id.charAt(12) - '0', id);
                assertTrue(cells[0].startsWith("10" + office.code()), line);
            }
        }
    }

    @Test
    void everyOfficeHasSchoolsAndAbout20PercentAreLeftOpenInRound12() {
        int open = 0;
        for (DemoData.Office office : data.offices()) {
            assertTrue(data.schools(office).size() >= 2);
            List<ReportPlan.Item> plan = ReportPlan.of(data, office);
            assertTrue(plan.stream().anyMatch(i -> i.round() == 12 && i.target() == ReportPlan.Target.ACCEPTED),
                    "every office is ranked in round 12");
            if (plan.stream().anyMatch(i -> i.target() != ReportPlan.Target.ACCEPTED)) {
                open++;
            }
        }
        assertTrue(open > 20 && open < 90, "offices left open: " + open);
    }

    @Test
    void populationMakesEnrolmentRatiosNearTheCatalogueThresholds() {
        DemoData.Office office = data.offices().get(0);
        StringWriter out = new StringWriter();
        Map<String, Integer> byLevel = data.writeStudents(office, out);
        Map<Integer, Integer> population = data.population(office, byLevel);
        int prePrimary = byLevel.get("อ.1") + byLevel.get("อ.2") + byLevel.get("อ.3");
        double ratio = 100.0 * prePrimary / (population.get(3) + population.get(4) + population.get(5));
        assertTrue(ratio > 66 && ratio < 84, "pre-primary ratio " + ratio);
    }

    private static String csv(DemoData data, DemoData.Office office) {
        StringWriter out = new StringWriter();
        data.writeStudents(office, out);
        return out.toString();
    }
}
