package io.edukpi.registry.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.edukpi.commons.message.Finding;

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
        List<Finding> findings = new ArrayList<>(2);
        String school = text(raw, StudentField.SCHOOL_CODE);
        if (school == null) {
            findings.add(RegistryMessage.REQUIRED.at(StudentField.SCHOOL_CODE.json()));
        } else if (!digits(school, 10)) {
            findings.add(RegistryMessage.SCHOOL_CODE_FORMAT.at(StudentField.SCHOOL_CODE.json()).withValue(school));
        }
        PersonId.Result id = PersonId.parse(text(raw, StudentField.CITIZEN_ID), StudentField.CITIZEN_ID.json());
        if (id.finding() != null) {
            findings.add(id.finding());
        }
        String first = name(raw, StudentField.FIRST_NAME, true, findings);
        String last = name(raw, StudentField.LAST_NAME, true, findings);
        String prefix = name(raw, StudentField.PREFIX, false, findings);
        ThaiDates.Parsed birth = ThaiDates.parse(text(raw, StudentField.BIRTH_DATE), StudentField.BIRTH_DATE.json());
        if (birth.finding() != null) {
            findings.add(birth.finding());
        } else if (birth.date().isAfter(today) || birth.date().isBefore(EARLIEST_BIRTH)) {
            findings.add(RegistryMessage.BIRTH_DATE_RANGE.at(StudentField.BIRTH_DATE.json())
                    .withValue(text(raw, StudentField.BIRTH_DATE)));
        }
        String levelText = text(raw, StudentField.CLASS_LEVEL);
        ClassLevel level = null;
        if (levelText == null) {
            findings.add(RegistryMessage.REQUIRED.at(StudentField.CLASS_LEVEL.json()));
        } else {
            level = ClassLevel.parse(levelText).orElse(null);
            if (level == null) {
                findings.add(RegistryMessage.CLASS_LEVEL_UNKNOWN.at(StudentField.CLASS_LEVEL.json()).withValue(levelText));
            }
        }
        String number = text(raw, StudentField.STUDENT_NUMBER);
        if (number != null && (number.length() > 20 || !digits(number, number.length()))) {
            findings.add(RegistryMessage.STUDENT_NUMBER_FORMAT.at(StudentField.STUDENT_NUMBER.json()).withValue(number));
        }
        BigDecimal weight = decimal(raw, StudentField.WEIGHT_KG, new BigDecimal("300"), findings);
        BigDecimal height = decimal(raw, StudentField.HEIGHT_CM, new BigDecimal("250"), findings);
        BigDecimal distance = decimal(raw, StudentField.DISTANCE_KM, new BigDecimal("1000"), findings);
        String house = digitsField(raw, StudentField.HOUSE_CODE, 11, RegistryMessage.HOUSE_CODE_FORMAT, findings);
        String subdistrict = digitsField(raw, StudentField.SUBDISTRICT_CODE, 6, RegistryMessage.SUBDISTRICT_CODE_FORMAT,
                findings);
        String father = name(raw, StudentField.FATHER_NAME, false, findings);
        String mother = name(raw, StudentField.MOTHER_NAME, false, findings);
        String fatherId = parentId(raw, StudentField.FATHER_ID, findings);
        String motherId = parentId(raw, StudentField.MOTHER_ID, findings);
        String ethnicity = code(raw, StudentField.ETHNICITY, findings);
        String nationality = code(raw, StudentField.NATIONALITY, findings);
        String religion = code(raw, StudentField.RELIGION, findings);
        String disability = code(raw, StudentField.DISABILITY, findings);
        String travel = code(raw, StudentField.TRAVEL_MODE, findings);
        if (!findings.isEmpty()) {
            return new Outcome(null, findings);
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

    private static String name(String[] raw, StudentField field, boolean required, List<Finding> out) {
        String value = text(raw, field);
        if (value == null) {
            if (required) {
                out.add(RegistryMessage.REQUIRED.at(field.json()));
            }
            return null;
        }
        if (value.length() > 100) {
            out.add(RegistryMessage.TOO_LONG.at(field.json()).withValue(value.substring(0, 100)));
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isDigit(value.charAt(i)) || Character.isISOControl(value.charAt(i))) {
                out.add(RegistryMessage.NAME_FORMAT.at(field.json()).withValue(value));
                return null;
            }
        }
        return value;
    }

    private static BigDecimal decimal(String[] raw, StudentField field, BigDecimal max, List<Finding> out) {
        String value = text(raw, field);
        if (value == null) {
            return null;
        }
        BigDecimal number;
        try {
            number = new BigDecimal(value);
        } catch (NumberFormatException e) {
            out.add(RegistryMessage.NOT_A_NUMBER.at(field.json()).withValue(value));
            return null;
        }
        if (number.signum() < 0 || number.compareTo(max) > 0 || number.scale() > 2) {
            out.add(RegistryMessage.NUMBER_RANGE.at(field.json(), max).withValue(value));
            return null;
        }
        return number;
    }

    private static String digitsField(String[] raw, StudentField field, int length, RegistryMessage rule,
            List<Finding> out) {
        String value = text(raw, field);
        if (value != null && !digits(value, length)) {
            out.add(rule.at(field.json()).withValue(value));
            return null;
        }
        return value;
    }

    private static String parentId(String[] raw, StudentField field, List<Finding> out) {
        String value = text(raw, field);
        if (value == null) {
            return null;
        }
        PersonId.Result id = PersonId.parse(value, field.json());
        if (id.finding() != null) {
            out.add(id.finding());
            return null;
        }
        return id.id().value();
    }

    private static String code(String[] raw, StudentField field, List<Finding> out) {
        String value = text(raw, field);
        if (value != null && (value.length() > 10 || value.indexOf(',') >= 0)) {
            out.add(RegistryMessage.CODE_FORMAT.at(field.json()).withValue(value));
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

    public record Outcome(StudentRecord record, List<Finding> findings) {
        public boolean valid() {
            return record != null;
        }
    }
}
