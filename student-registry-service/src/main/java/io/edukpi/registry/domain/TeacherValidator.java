package io.edukpi.registry.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.edukpi.commons.message.Finding;

/**
 * Checks a teacher's 10 key items: name, citizen ID and date of birth are required, the others are
 * counted by completeness; dates may be B.E.; one cannot be appointed before starting to teach or
 * teach before being born.
 */
public final class TeacherValidator {

    private TeacherValidator() {
    }

    public record Input(String schoolCode, String citizenId, String prefix, String firstName, String lastName,
            String birthDate, String majorSubject, String highestQualification,
            String firstTeachingDate, String firstAppointedDate, String position, String address,
            String personnelType) {
    }

    public record Outcome(TeacherRecord record, List<Finding> findings) {
    }

    public static Outcome validate(Input in, LocalDate today) {
        List<Finding> out = new ArrayList<>();
        String school = blankToNull(in.schoolCode());
        if (school == null) {
            out.add(RegistryMessage.REQUIRED.at("schoolCode"));
        } else if (!StudentValidator.digits(school, 10)) {
            out.add(RegistryMessage.SCHOOL_CODE_FORMAT.at("schoolCode").withValue(school));
        }
        PersonId.Result id = PersonId.parse(in.citizenId(), "citizenId");
        if (id.finding() != null) {
            out.add(id.finding());
        }
        String first = required(in.firstName(), "firstName", out);
        String last = required(in.lastName(), "lastName", out);
        LocalDate birth = date(in.birthDate(), "birthDate", true, out);
        LocalDate teaching = date(in.firstTeachingDate(), "firstTeachingDate", false, out);
        LocalDate appointed = date(in.firstAppointedDate(), "firstAppointedDate", false, out);
        if (birth != null && birth.isAfter(today)) {
            out.add(RegistryMessage.BIRTH_DATE_RANGE.at("birthDate").withValue(in.birthDate()));
        }
        if (birth != null && teaching != null && !teaching.isAfter(birth)) {
            out.add(RegistryMessage.DATE_ORDER.at("firstTeachingDate", "birthDate").withValue(in.firstTeachingDate()));
        }
        if (teaching != null && appointed != null && appointed.isBefore(teaching)) {
            out.add(RegistryMessage.DATE_ORDER.at("firstAppointedDate", "firstTeachingDate")
                    .withValue(in.firstAppointedDate()));
        }
        if (!out.isEmpty()) {
            return new Outcome(null, out);
        }
        return new Outcome(new TeacherRecord(school, id.id(), blankToNull(in.prefix()), first, last, birth,
                blankToNull(in.majorSubject()), blankToNull(in.highestQualification()), teaching, appointed,
                blankToNull(in.position()), blankToNull(in.address()), blankToNull(in.personnelType())), List.of());
    }

    private static String required(String value, String field, List<Finding> out) {
        String text = blankToNull(value);
        if (text == null) {
            out.add(RegistryMessage.REQUIRED.at(field));
        }
        return text;
    }

    private static LocalDate date(String value, String field, boolean required, List<Finding> out) {
        if (blankToNull(value) == null && !required) {
            return null;
        }
        ThaiDates.Parsed parsed = ThaiDates.parse(value, field);
        if (parsed.finding() != null) {
            out.add(parsed.finding());
        }
        return parsed.date();
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
