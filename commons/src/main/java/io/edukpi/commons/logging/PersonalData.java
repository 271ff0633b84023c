package io.edukpi.commons.logging;

import java.util.regex.Pattern;

/**
 * What a log line may not carry in clear: Thai citizen IDs (13 digits; students' and teachers' IDs
 * appear in URL paths and queries). Masked to their last four digits, enough to tell two apart when
 * reading a log, not enough to find the person.
 */
public final class PersonalData {

    private static final Pattern CITIZEN_ID = Pattern.compile("(?<!\\d)\\d{9}(\\d{4})(?!\\d)");

    private PersonalData() {
    }

    public static String mask(String text) {
        return text == null ? null : CITIZEN_ID.matcher(text).replaceAll("*********$1");
    }
}
