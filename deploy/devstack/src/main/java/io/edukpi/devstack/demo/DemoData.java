package io.edukpi.devstack.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.chrono.ThaiBuddhistDate;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * The demo year as data, the same for the same seed and scale: area offices, schools, students,
 * population figures and what each office reports. Nothing here talks to the platform; every
 * random draw comes from a generator seeded per office, so one office's data does not depend on
 * the order others are made in.
 */
final class DemoData {

    static final int PRIMARY_OFFICES = 183;
    static final int SECONDARY_OFFICES = 62;
    /** Academic year 2011 (B.E. 2554), C.E. as the API takes it: its census of 10 June feeds the FY 2011 enrolment ratios. */
    static final int ACADEMIC_YEAR = 2011;
    static final LocalDate CENSUS_DATE = LocalDate.of(2011, 6, 10);
    private static final int FORM_SCHOOLS = 3;

    private static final Map<String, Integer> AGES_AT_CENSUS = ThaiNames.CLASS_LEVELS.stream()
            .collect(Collectors.toMap(ThaiNames.ClassLevel::name, ThaiNames.ClassLevel::ageAtCensus));

    record Office(int index, String code, String nameTh, String kind, String provinceCode) {
        boolean primary() {
            return kind.equals("PRIMARY");
        }
    }

    record School(String code, String nameTh, String officeCode, int students) {
    }

    private final long seed;
    private final double scale;
    private final List<Office> offices;

    DemoData(long seed, double scale) {
        if (!(scale > 0 && scale <= 1)) {
            throw new IllegalArgumentException("demo-scale must be above 0 and at most 1, not " + scale);
        }
        this.seed = seed;
        this.scale = scale;
        this.offices = makeOffices();
    }

    long seed() {
        return seed;
    }

    List<Office> offices() {
        return offices;
    }

    /** A generator for one purpose of one office: independent of every other draw. */
    SplittableRandom random(Office office, int purpose) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L ^ office.index() * 0xC2B2AE3D27D4EB4FL
                ^ purpose * 0x165667B19E3779F9L);
    }

    /**
     * 183 primary offices spread over the provinces by their size (the primary office of a province,
     * district N, code = province code + district number, so Chiang Mai's first is 5001), then 62
     * secondary offices, one per province and the smallest provinces paired (code = province code + 34,
     * 35: the realm's secondary demo office 5034 is Chiang Mai's).
     */
    private static List<Office> makeOffices() {
        List<ThaiNames.Province> provinces = ThaiNames.PROVINCES;
        int[] primary = provinces.stream().mapToInt(ThaiNames.Province::primaryOffices).toArray();
        int total = Arrays.stream(primary).sum();
        // Adjust deterministically to exactly 183: the largest provinces first.
        for (int i = 0; total != PRIMARY_OFFICES; i = (i + 1) % primary.length) {
            int largest = largestIndex(primary, i);
            if (total < PRIMARY_OFFICES) {
                primary[largest]++;
                total++;
            } else if (primary[largest] > 1) {
                primary[largest]--;
                total--;
            }
        }
        List<Office> offices = new ArrayList<>();
        for (int p = 0; p < provinces.size(); p++) {
            ThaiNames.Province province = provinces.get(p);
            for (int d = 1; d <= primary[p]; d++) {
                String name = primary[p] > 1 ? DemoTexts.text("office.PRIMARY.district", province.nameTh(), d)
                        : DemoTexts.text("office.PRIMARY", province.nameTh());
                offices.add(new Office(offices.size(), province.code() + String.format("%02d", d), name, "PRIMARY",
                        province.code()));
            }
        }
        // Bangkok has two secondary offices; 78 - 62 = 16 pairs of small provinces share one.
        List<List<ThaiNames.Province>> units = new ArrayList<>();
        units.add(List.of(provinces.get(0)));
        units.add(List.of(provinces.get(0)));
        int merges = provinces.size() + 1 - SECONDARY_OFFICES;
        ThaiNames.Province waiting = null;
        for (int p = 1; p < provinces.size(); p++) {
            ThaiNames.Province province = provinces.get(p);
            boolean small = province.primaryOffices() <= 2;
            if (merges > 0 && small && waiting != null) {
                units.remove(units.size() - 1);
                units.add(List.of(waiting, province));
                merges--;
                waiting = null;
            } else {
                units.add(List.of(province));
                waiting = small ? province : null;
            }
        }
        if (units.size() != SECONDARY_OFFICES) {
            throw new IllegalStateException("secondary offices: " + units.size());
        }
        Map<String, Integer> perProvince = new LinkedHashMap<>();
        for (List<ThaiNames.Province> unit : units) {
            String seat = unit.get(0).code();
            int n = perProvince.merge(seat, 1, Integer::sum);
            String names = String.join(" ", unit.stream().map(ThaiNames.Province::nameTh).toList());
            String name = seat.equals("10") ? DemoTexts.text("office.SECONDARY.district", names, n)
                    : DemoTexts.text("office.SECONDARY", names);
            offices.add(new Office(offices.size(), seat + (33 + n), name, "SECONDARY", seat));
        }
        return List.copyOf(offices);
    }

    private static int largestIndex(int[] counts, int from) {
        int best = from;
        for (int i = 0; i < counts.length; i++) {
            int j = (from + i) % counts.length;
            if (counts[j] > counts[best]) {
                best = j;
            }
        }
        return best;
    }

    /**
     * The office's schools: a primary office has 100-150 of ~170-330 students, a secondary one 25-60 of
     * ~600-1,400; the scale shrinks the number of schools (at least 2, so an office has a school besides
     * the first) and, separately, the office's students (at least 10 a school), spread over those schools.
     * At 0.01 that is ~2 schools and ~300-500 students an office, ~85,000 in all.
     */
    List<School> schools(Office office) {
        SplittableRandom random = random(office, 1);
        int real = office.primary() ? 100 + random.nextInt(51) : 25 + random.nextInt(36);
        int count = Math.max(2, (int) Math.round(real * scale));
        double realStudents = real * (office.primary() ? 250 : 1000) * scale;
        List<School> schools = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String village = ThaiNames.VILLAGES.get(random.nextInt(ThaiNames.VILLAGES.size()));
            String name = office.primary() ? DemoTexts.text("school.PRIMARY", village, i)
                    : DemoTexts.text(random.nextBoolean() ? "school.SECONDARY.wittaya" : "school.SECONDARY.pittayakom",
                            village, i);
            int students = Math.max(10, (int) Math.round(realStudents / count * (0.7 + 0.6 * random.nextDouble())));
            // Ministry-like 10-digit codes: 10 + office code + serial.
            schools.add(new School("10" + office.code() + String.format("%04d", i), name, office.code(), students));
        }
        return schools;
    }

    /** The office's schools that file the forms (2) of 3.1.2 and 3.1.14 (each is a person in Keycloak). */
    List<School> formSchools(Office office) {
        List<School> schools = schools(office);
        return schools.subList(0, Math.min(FORM_SCHOOLS, schools.size()));
    }

    /** Class levels a school of the office teaches, youngest first. */
    static List<String> levels(Office office) {
        return ThaiNames.CLASS_LEVELS.stream().filter(l -> l.officeKind().equals(office.kind()))
                .map(ThaiNames.ClassLevel::name).toList();
    }

    /** The nominal age of a class level's students at the census. */
    static int ageAtCensus(String level) {
        return AGES_AT_CENSUS.get(level);
    }

    /** Writes the office's students as a SchoolMIS-style CSV (field names as titles); returns per level counts. */
    Map<String, Integer> writeStudents(Office office, Writer out) {
        SplittableRandom random = random(office, 2);
        List<String> levels = levels(office);
        Map<String, Integer> byLevel = new LinkedHashMap<>();
        levels.forEach(l -> byLevel.put(l, 0));
        int serial = 0;
        try {
            for (School school : schools(office)) {
                for (int s = 0; s < school.students(); s++) {
                    String level = levels.get(random.nextInt(levels.size()));
                    byLevel.merge(level, 1, Integer::sum);
                    boolean boy = random.nextBoolean();
                    String first = (boy ? ThaiNames.BOYS : ThaiNames.GIRLS).get(random.nextInt(20));
                    String last = ThaiNames.FAMILIES.get(random.nextInt(ThaiNames.FAMILIES.size()));
                    // Born so that the age in full years on the census date is the level's.
                    LocalDate born = CENSUS_DATE.minusYears(ageAtCensus(level) + 1).plusDays(1 + random.nextInt(365));
                    // Written in B.E., as school MIS files are.
                    String birth = String.format("%02d/%02d/%d", born.getDayOfMonth(), born.getMonthValue(),
                            ThaiBuddhistDate.from(born).get(ChronoField.YEAR));
                    serial++;
                    out.write(school.code() + "," + citizenId(office, serial) + "," + first + "," + last + "," + birth
                            + "," + level + "," + serial + "\n");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return byLevel;
    }

    static final String STUDENT_HEADER = "schoolCode,citizenId,firstName,lastName,birthDate,classLevel,studentNumber\n";

    /** 1 + office code + 7-digit serial + check digit: unique per office and student, valid. */
    static String citizenId(Office office, int serial) {
        String twelve = "1" + office.code() + String.format("%07d", serial);
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (twelve.charAt(i) - '0') * (13 - i);
        }
        return twelve + ((11 - sum % 11) % 10);
    }

    /**
     * Population by age (3-14) for the office, from its students per level and an enrolment ratio drawn
     * per age group (pre-primary 68-82 %, primary 96-104 %, lower secondary 86-100 %), so the registry's
     * ratios land near the catalogue's thresholds. An age group the office teaches no level of gets no figure.
     */
    Map<Integer, Integer> population(Office office, Map<String, Integer> studentsByLevel) {
        SplittableRandom random = random(office, 3);
        Map<Integer, Integer> byAge = new LinkedHashMap<>();
        int[][] groups = { { 3, 5 }, { 6, 11 }, { 12, 14 } };
        double[][] ratios = { { 0.68, 0.82 }, { 0.96, 1.04 }, { 0.86, 1.00 } };
        for (int g = 0; g < groups.length; g++) {
            double ratio = ratios[g][0] + random.nextDouble() * (ratios[g][1] - ratios[g][0]);
            int students = 0;
            for (Map.Entry<String, Integer> level : studentsByLevel.entrySet()) {
                int age = ageAtCensus(level.getKey());
                if (age >= groups[g][0] && age <= groups[g][1]) {
                    students += level.getValue();
                }
            }
            if (students == 0) {
                continue;
            }
            int persons = (int) Math.round(students / ratio);
            int ages = groups[g][1] - groups[g][0] + 1;
            for (int a = 0; a < ages; a++) {
                byAge.put(groups[g][0] + a, persons / ages + (a < persons % ages ? 1 : 0));
            }
        }
        return byAge;
    }
}
