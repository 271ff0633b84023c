package io.edukpi.commons.etag;

import java.util.Arrays;
import java.util.List;

import io.edukpi.commons.message.CommonMessage;
import io.edukpi.commons.problem.ProblemException;

/**
 * {@code If-Match} against a record's current ETag: a change made on a stale read is refused with
 * 412, so two people editing the same record never overwrite each other silently. Weak tags
 * ({@code W/"..."}) and lists are understood; {@code *} matches any existing record.
 */
public final class IfMatch {

    private IfMatch() {
    }

    /** If-Match may be left out; when given it must match. */
    public static void check(String ifMatch, String current) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            require(ifMatch, current);
        }
    }

    /** If-Match is required (428 without it) and must match (412). */
    public static void require(String ifMatch, String current) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ProblemException.of(428, CommonMessage.IF_MATCH_MISSING.text(current), List.of());
        }
        boolean matches = Arrays.stream(ifMatch.split(",")).map(String::trim)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals("*") || tag.equals(current));
        if (!matches) {
            throw ProblemException.of(412, CommonMessage.IF_MATCH_STALE.text(current), List.of());
        }
    }
}
