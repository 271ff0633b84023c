package io.edukpi.submission.service;

import io.edukpi.commons.problem.ProblemException;
import java.util.Arrays;
import java.util.List;

/** If-Match on a result: required for content changes, so two officers never overwrite each other silently. */
final class Preconditions {

    private Preconditions() {
    }

    static void require(String ifMatch, String current) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(428, "precondition-required", "Precondition required", "ต้องระบุ If-Match",
                    "Send the result's ETag in If-Match (read the result first); current ETag " + current + ".",
                    "กรุณาส่ง ETag ของผลการดำเนินงานในส่วนหัว If-Match (อ่านผลล่าสุดก่อน)", List.of());
        }
        boolean matches = Arrays.stream(ifMatch.split(",")).map(String::trim)
                .map(t -> t.startsWith("W/") ? t.substring(2) : t)
                .anyMatch(t -> t.equals("*") || t.equals(current));
        if (!matches) {
            throw new ProblemException(412, "precondition-failed", "Precondition failed", "ข้อมูลถูกแก้ไขไปแล้ว",
                    "The result changed since you read it (current ETag " + current + "). Read it again and redo your change.",
                    "ผลการดำเนินงานถูกแก้ไขหลังจากที่คุณอ่าน (ETag ปัจจุบัน " + current + ") กรุณาอ่านใหม่แล้วแก้ไขอีกครั้ง",
                    List.of());
        }
    }
}
