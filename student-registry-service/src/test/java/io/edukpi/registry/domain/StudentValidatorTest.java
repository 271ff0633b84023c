package io.edukpi.registry.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.edukpi.commons.message.Finding;

class StudentValidatorTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 6, 10);

    static String[] valid() {
        String[] raw = new String[StudentField.ALL.size()];
        raw[StudentField.SCHOOL_CODE.ordinal()] = "1050130001";
        raw[StudentField.CITIZEN_ID.ordinal()] = "1101112345679";
        raw[StudentField.PREFIX.ordinal()] = "ด.ช.";
        raw[StudentField.FIRST_NAME.ordinal()] = "สมชาย";
        raw[StudentField.LAST_NAME.ordinal()] = "ใจดี";
        raw[StudentField.BIRTH_DATE.ordinal()] = "2557-05-14";
        raw[StudentField.CLASS_LEVEL.ordinal()] = "ป.4";
        raw[StudentField.WEIGHT_KG.ordinal()] = "32.5";
        return raw;
    }

    @Test
    void acceptsAValidRecordAndConvertsIt() {
        StudentValidator.Outcome outcome = StudentValidator.validate(valid(), TODAY);
        assertTrue(outcome.valid(), outcome.findings().toString());
        assertEquals(LocalDate.of(2014, 5, 14), outcome.record().birthDate());
        assertEquals(ClassLevel.P4, outcome.record().classLevel());
        assertEquals(new BigDecimal("32.5"), outcome.record().weightKg());
        assertFalse(outcome.record().complete());
    }

    @Test
    void collectsEveryViolationOfARow() {
        String[] raw = valid();
        raw[StudentField.CITIZEN_ID.ordinal()] = "1101112345678";
        raw[StudentField.CLASS_LEVEL.ordinal()] = "ป.7";
        raw[StudentField.WEIGHT_KG.ordinal()] = "สามสิบ";
        raw[StudentField.BIRTH_DATE.ordinal()] = "2555-02-30";
        List<String> codes = StudentValidator.validate(raw, TODAY).findings().stream().map(Finding::code).toList();
        assertEquals(List.of("citizen-id-check-digit", "date-not-exist", "class-level-unknown", "not-a-number"), codes);
    }

    @Test
    void classLevelsAreTheFifteenOfBasicEducation() {
        assertEquals(15, ClassLevel.values().length);
        assertEquals(ClassLevel.K1, ClassLevel.parse("อ.1").orElseThrow());
        assertEquals(ClassLevel.M6, ClassLevel.parse("ม6").orElseThrow());
        assertEquals(ClassLevel.P1, ClassLevel.parse("p1").orElseThrow());
        assertTrue(ClassLevel.parse("อ.4").isEmpty());
        assertTrue(ClassLevel.parse("ม.7").isEmpty());
    }

    @Test
    void requiresSchoolIdNameBirthAndClass() {
        String[] raw = new String[StudentField.ALL.size()];
        List<String> fields = StudentValidator.validate(raw, TODAY).findings().stream().map(Finding::field).toList();
        assertEquals(List.of("schoolCode", "citizenId", "firstName", "lastName", "birthDate", "classLevel"), fields);
    }

    @Test
    void refusesBirthInTheFutureAndParentsWithBadIds() {
        String[] raw = valid();
        raw[StudentField.BIRTH_DATE.ordinal()] = "2570-01-01";
        raw[StudentField.FATHER_ID.ordinal()] = "12345";
        List<String> codes = StudentValidator.validate(raw, TODAY).findings().stream().map(Finding::code).toList();
        assertEquals(List.of("birth-date-range", "citizen-id-length"), codes);
    }

    @Test
    void teacherDatesMustBeInOrder() {
        TeacherValidator.Outcome outcome = TeacherValidator.validate(new TeacherValidator.Input("1050130001",
                "1101112345679", "นาย", "ครู", "ดี", "2525-01-31", "คณิตศาสตร์", "ปริญญาโท", "2550-05-16", "2549-05-16",
                "ครู", "บ้าน", "ข้าราชการครู"), TODAY);
        assertEquals("date-order", outcome.findings().get(0).code());
    }

    @Test
    void schoolItemsCompleteOnlyWithAllSix() {
        assertTrue(new SchoolItems(true, false, true, true, false, 0).complete());
        assertFalse(new SchoolItems(true, false, true, true, null, 0).complete());
        assertEquals("dream-school-cohort", new SchoolItems(true, true, true, true, true, 3).findings().get(0).code());
    }

    @Test
    void ageGroupsFollowTheEnrolmentRatioBands() {
        assertEquals(AgeGroup.AGE_6_11, AgeGroup.of(AgeGroup.ageOn(LocalDate.of(2014, 6, 11), TODAY)).orElseThrow());
        assertEquals(AgeGroup.AGE_3_5, AgeGroup.of(5).orElseThrow());
        assertTrue(AgeGroup.of(18).isEmpty());
    }
}
