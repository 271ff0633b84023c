package io.edukpi.registry.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks one student record field by field and collects every violation, not only the first, so a
 * school fixes a row in one go. Rules that need the database (codes in reference lists, a school
 * that exists, one active enrolment per round, duplicates across a file) are checked set-wise
 * elsewhere.
 */
public final class StudentValidator {

    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    private StudentValidator() {
    }

    /**
     * @param raw the field values in {@link StudentField} order; null or blank means absent
     * @param today the day the record is checked, to refuse births in the future
     */
    public static Outcome validate(String[] raw, LocalDate today) {
        List<Violation> violations = new ArrayList<>(2);
        String school = text(raw, StudentField.SCHOOL_CODE);
        if (school == null) {
            violations.add(Violation.required(StudentField.SCHOOL_CODE.json()));
        } else if (!digits(school, 10)) {
            violations.add(Violation.of(StudentField.SCHOOL_CODE.json(), "school-code-format",
                    "a school code has 10 digits", "รหัสโรงเรียนต้องเป็นตัวเลข 10 หลัก", school));
        }
        PersonId.Result id = PersonId.parse(text(raw, StudentField.CITIZEN_ID), StudentField.CITIZEN_ID.json());
        if (id.violation() != null) {
            violations.add(id.violation());
        }
        String first = name(raw, StudentField.FIRST_NAME, true, violations);
        String last = name(raw, StudentField.LAST_NAME, true, violations);
        String prefix = name(raw, StudentField.PREFIX, false, violations);
        ThaiDates.Parsed birth = ThaiDates.parse(text(raw, StudentField.BIRTH_DATE), StudentField.BIRTH_DATE.json());
        if (birth.violation() != null) {
            violations.add(birth.violation());
        } else if (birth.date().isAfter(today) || birth.date().isBefore(EARLIEST_BIRTH)) {
            violations.add(Violation.of(StudentField.BIRTH_DATE.json(), "birth-date-range",
                    "the date of birth lies in the future or before 1900",
                    "วันเกิดอยู่ในอนาคตหรือก่อนปี พ.ศ. 2443", text(raw, StudentField.BIRTH_DATE)));
        }
        String levelText = text(raw, StudentField.CLASS_LEVEL);
        ClassLevel level = null;
        if (levelText == null) {
            violations.add(Violation.required(StudentField.CLASS_LEVEL.json()));
        } else {
            level = ClassLevel.parse(levelText).orElse(null);
            if (level == null) {
                violations.add(Violation.of(StudentField.CLASS_LEVEL.json(), "class-level-unknown",
                        "a class level is one of อ.1-อ.3, ป.1-ป.6, ม.1-ม.6",
                        "ระดับชั้นต้องเป็น อ.1-อ.3 ป.1-ป.6 หรือ ม.1-ม.6", levelText));
            }
        }
        String number = text(raw, StudentField.STUDENT_NUMBER);
        if (number != null && (number.length() > 20 || !digits(number, number.length()))) {
            violations.add(Violation.of(StudentField.STUDENT_NUMBER.json(), "student-number-format",
                    "a student number has up to 20 digits", "เลขประจำตัวนักเรียนต้องเป็นตัวเลขไม่เกิน 20 หลัก", number));
        }
        BigDecimal weight = decimal(raw, StudentField.WEIGHT_KG, new BigDecimal("300"), violations);
        BigDecimal height = decimal(raw, StudentField.HEIGHT_CM, new BigDecimal("250"), violations);
        BigDecimal distance = decimal(raw, StudentField.DISTANCE_KM, new BigDecimal("1000"), violations);
        String house = digitsField(raw, StudentField.HOUSE_CODE, 11, "house-code-format",
                "a house code has 11 digits", "รหัสประจำบ้านต้องเป็นตัวเลข 11 หลัก", violations);
        String subdistrict = digitsField(raw, StudentField.SUBDISTRICT_CODE, 6, "subdistrict-code-format",
                "a sub-district code has 6 digits", "รหัสตำบลต้องเป็นตัวเลข 6 หลัก", violations);
        String father = name(raw, StudentField.FATHER_NAME, false, violations);
        String mother = name(raw, StudentField.MOTHER_NAME, false, violations);
        String fatherId = parentId(raw, StudentField.FATHER_ID, violations);
        String motherId = parentId(raw, StudentField.MOTHER_ID, violations);
        String ethnicity = code(raw, StudentField.ETHNICITY, violations);
        String nationality = code(raw, StudentField.NATIONALITY, violations);
        String religion = code(raw, StudentField.RELIGION, violations);
        String disability = code(raw, StudentField.DISABILITY, violations);
        String travel = code(raw, StudentField.TRAVEL_MODE, violations);
        if (!violations.isEmpty()) {
            return new Outcome(null, violations);
        }
        return new Outcome(new StudentRecord(school, id.id(), prefix, first, last, birth.date(), level, number,
                weight, height, house, ethnicity, nationality, religion, disability, travel, distance, subdistrict,
                father, mother, fatherId, motherId), List.of());
    }

    private static String text(String[] raw, StudentField field) {
        String value = raw[field.ordinal()];
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    private static String name(String[] raw, StudentField field, boolean required, List<Violation> out) {
        String value = text(raw, field);
        if (value == null) {
            if (required) {
                out.add(Violation.required(field.json()));
            }
            return null;
        }
        if (value.length() > 100) {
            out.add(Violation.of(field.json(), "too-long", "is longer than 100 characters",
                    "ยาวเกิน 100 ตัวอักษร", value.substring(0, 100)));
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isDigit(value.charAt(i)) || Character.isISOControl(value.charAt(i))) {
                out.add(Violation.of(field.json(), "name-format", "a name has no digits or control characters",
                        "ชื่อต้องไม่มีตัวเลขหรืออักขระควบคุม", value));
                return null;
            }
        }
        return value;
    }

    private static BigDecimal decimal(String[] raw, StudentField field, BigDecimal max, List<Violation> out) {
        String value = text(raw, field);
        if (value == null) {
            return null;
        }
        BigDecimal number;
        try {
            number = new BigDecimal(value);
        } catch (NumberFormatException e) {
            out.add(Violation.of(field.json(), "not-a-number", "is not a number", "ต้องเป็นตัวเลข", value));
            return null;
        }
        if (number.signum() < 0 || number.compareTo(max) > 0 || number.scale() > 2) {
            out.add(Violation.of(field.json(), "number-range",
                    "must lie between 0 and " + max + " with at most 2 decimals",
                    "ต้องอยู่ระหว่าง 0 ถึง " + max + " และมีทศนิยมไม่เกิน 2 ตำแหน่ง", value));
            return null;
        }
        return number;
    }

    private static String digitsField(String[] raw, StudentField field, int length, String code,
            String message, String messageTh, List<Violation> out) {
        String value = text(raw, field);
        if (value != null && !digits(value, length)) {
            out.add(Violation.of(field.json(), code, message, messageTh, value));
            return null;
        }
        return value;
    }

    private static String parentId(String[] raw, StudentField field, List<Violation> out) {
        String value = text(raw, field);
        if (value == null) {
            return null;
        }
        PersonId.Result id = PersonId.parse(value, field.json());
        if (id.violation() != null) {
            out.add(id.violation());
            return null;
        }
        return id.id().value();
    }

    private static String code(String[] raw, StudentField field, List<Violation> out) {
        String value = text(raw, field);
        if (value != null && (value.length() > 10 || value.indexOf(',') >= 0)) {
            out.add(Violation.of(field.json(), "code-format", "a code has at most 10 characters",
                    "รหัสต้องยาวไม่เกิน 10 ตัวอักษร", value));
            return null;
        }
        return value;
    }

    static boolean digits(String value, int length) {
        if (value.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    public record Outcome(StudentRecord record, List<Violation> violations) {
        public boolean valid() {
            return record != null;
        }
    }
}
