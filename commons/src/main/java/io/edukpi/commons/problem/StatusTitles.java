package io.edukpi.commons.problem;

import java.util.Map;

/** English and Thai titles for the HTTP statuses our APIs answer with. */
final class StatusTitles {

    record Title(String slug, String en, String th) {
    }

    private static final Map<Integer, Title> TITLES = Map.ofEntries(
            Map.entry(400, new Title("bad-request", "Bad request", "คำขอไม่ถูกต้อง")),
            Map.entry(401, new Title("unauthorized", "Authentication required", "ต้องเข้าสู่ระบบก่อนใช้งาน")),
            Map.entry(403, new Title("forbidden", "Not allowed", "ท่านไม่มีสิทธิ์ดำเนินการนี้")),
            Map.entry(404, new Title("not-found", "Not found", "ไม่พบข้อมูลที่ร้องขอ")),
            Map.entry(405, new Title("method-not-allowed", "Method not allowed", "ไม่รองรับวิธีการเรียกนี้")),
            Map.entry(406, new Title("not-acceptable", "Response format not available",
                    "ไม่สามารถส่งข้อมูลในรูปแบบที่ร้องขอได้")),
            Map.entry(409, new Title("conflict", "Conflict with the current state", "ขัดแย้งกับสถานะปัจจุบันของข้อมูล")),
            Map.entry(412, new Title("precondition-failed", "The resource has changed since you read it",
                    "ข้อมูลถูกแก้ไขไปแล้วหลังจากที่ท่านอ่าน")),
            Map.entry(413, new Title("payload-too-large", "Request body too large", "ข้อมูลที่ส่งมีขนาดใหญ่เกินกำหนด")),
            Map.entry(415, new Title("unsupported-media-type", "Unsupported content type",
                    "ไม่รองรับรูปแบบข้อมูลที่ส่งมา")),
            Map.entry(422, new Title("unprocessable", "The request cannot be processed", "ไม่สามารถประมวลผลคำขอได้")),
            Map.entry(429, new Title("too-many-requests", "Too many requests", "มีการเรียกใช้งานถี่เกินกำหนด")),
            Map.entry(500, new Title("internal", "Internal error", "เกิดข้อผิดพลาดภายในระบบ")),
            Map.entry(502, new Title("bad-gateway", "Service unavailable behind the gateway",
                    "ไม่สามารถติดต่อบริการปลายทางได้")),
            Map.entry(503, new Title("unavailable", "Service temporarily unavailable", "บริการไม่พร้อมใช้งานชั่วคราว")),
            Map.entry(504, new Title("gateway-timeout", "The service did not answer in time",
                    "บริการปลายทางไม่ตอบสนองภายในเวลาที่กำหนด")));

    /** The standard explanation of a status where the path alone is at fault, in English and Thai. */
    record Detail(String en, String th) {
    }

    private static final Map<Integer, Detail> ROUTING_DETAILS = Map.of(
            404, new Detail("No resource at this path.", "ไม่พบข้อมูลตามที่อยู่ที่ร้องขอ"),
            405, new Detail("This path does not accept the method used.", "ที่อยู่นี้ไม่รองรับวิธีการเรียกที่ใช้"),
            406, new Detail("None of the media types in Accept can be produced here.",
                    "ไม่สามารถส่งข้อมูลในรูปแบบที่ระบุใน Accept ได้"),
            415, new Detail("The Content-Type of the request is not accepted here.",
                    "ไม่รองรับ Content-Type ของข้อมูลที่ส่งมา"));

    private StatusTitles() {
    }

    /** The routing explanation of 404, 405, 406 or 415; null for other statuses. */
    static Detail routingDetail(int status) {
        return ROUTING_DETAILS.get(status);
    }

    static Title of(int status) {
        Title title = TITLES.get(status);
        if (title != null) {
            return title;
        }
        return status < 500
                ? new Title("client-error", "Client error", "คำขอไม่ถูกต้อง")
                : new Title("server-error", "Server error", "เกิดข้อผิดพลาดภายในระบบ");
    }
}
