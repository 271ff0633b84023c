package io.edukpi.commons.etag;

import java.util.Arrays;
import java.util.List;

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
    public static void check(String ifMatch, String current, String what, String whatTh) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            require(ifMatch, current, what, whatTh);
        }
    }

    /** If-Match is required (428 without it) and must match (412). */
    public static void require(String ifMatch, String current, String what, String whatTh) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(428, "precondition-required", "Precondition required", "ต้องระบุ If-Match",
                    "Send the " + what + "'s ETag in If-Match (read it first); current ETag " + current + ".",
                    "กรุณาส่ง ETag ของ" + whatTh + "ในส่วนหัว If-Match (อ่านข้อมูลล่าสุดก่อน)", List.of());
        }
        boolean matches = Arrays.stream(ifMatch.split(",")).map(String::trim)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals("*") || tag.equals(current));
        if (!matches) {
            throw new ProblemException(412, "precondition-failed", "Precondition failed", "ข้อมูลถูกแก้ไขไปแล้ว",
                    "The " + what + " changed since it was read (current ETag " + current + "). Read it again and redo "
                            + "the change.",
                    whatTh + "ถูกแก้ไขหลังจากที่อ่านไป (ETag ปัจจุบัน " + current + ") กรุณาอ่านใหม่แล้วแก้ไขอีกครั้ง",
                    List.of());
        }
    }
}
