package io.edukpi.registry.domain;

import java.util.Optional;

import io.edukpi.commons.message.Finding;

/**
 * Who a person is in the registry: a 13-digit Thai citizen ID with its check digit, or for people
 * without one a G-code ({@code G} + 12 digits, issued by the school system, no check digit).
 */
public record PersonId(String value, Kind kind) {

    public enum Kind {
        CITIZEN_ID,
        G_CODE
    }

    /**
     * The check digit of a citizen ID's first 12 digits:
     * (11 - (sum of digit_i x (14 - i), i = 1..12) mod 11) mod 10.
     */
    public static int checkDigit(CharSequence first12) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (first12.charAt(i) - '0') * (13 - i);
        }
        return (11 - sum % 11) % 10;
    }

    /** The ID, or the reason it is not one; spaces and dashes as printed on the card are ignored. */
    public static Result parse(String raw, String field) {
        if (raw == null || raw.isBlank()) {
            return new Result(null, RegistryMessage.REQUIRED.at(field));
        }
        String id = strip(raw);
        if (id.length() == 13 && (id.charAt(0) == 'G' || id.charAt(0) == 'g')) {
            if (!allDigits(id, 1)) {
                return new Result(null, RegistryMessage.G_CODE_FORMAT.at(field).withValue(raw));
            }
            return new Result(new PersonId("G" + id.substring(1), Kind.G_CODE), null);
        }
        if (!allDigits(id, 0)) {
            return new Result(null, RegistryMessage.CITIZEN_ID_FORMAT.at(field).withValue(raw));
        }
        if (id.length() != 13) {
            return new Result(null, RegistryMessage.CITIZEN_ID_LENGTH.at(field, id.length()).withValue(raw));
        }
        if (checkDigit(id) != id.charAt(12) - '0') {
            return new Result(null, RegistryMessage.CITIZEN_ID_CHECK_DIGIT.at(field, checkDigit(id)).withValue(raw));
        }
        return new Result(new PersonId(id, Kind.CITIZEN_ID), null);
    }

    /** Shows only the last four characters, as to someone without the right to see personal data. */
    public static String mask(String id) {
        if (id == null) {
            return null;
        }
        int shown = Math.min(4, id.length());
        return "*".repeat(id.length() - shown) + id.substring(id.length() - shown);
    }

    private static String strip(String raw) {
        if (raw.indexOf(' ') < 0 && raw.indexOf('-') < 0) {
            return raw;
        }
        StringBuilder out = new StringBuilder(13);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != ' ' && c != '-') {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean allDigits(String s, int from) {
        if (s.length() <= from) {
            return false;
        }
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    public record Result(PersonId id, Finding finding) {
        public Optional<PersonId> value() {
            return Optional.ofNullable(id);
        }
    }
}
