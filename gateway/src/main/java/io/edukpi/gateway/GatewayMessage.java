package io.edukpi.gateway;

import io.edukpi.commons.message.Message;

/** What the gateway says when it answers instead of a service. Listed in docs/problems.md. */
enum GatewayMessage implements Message {
    RATE_LIMITED("rate-limited", "This client has used up its requests for now; retry after {0} s.",
            "ไคลเอนต์นี้เรียกใช้งานครบจำนวนที่กำหนดแล้ว กรุณาลองใหม่หลังจาก {0} วินาที"),
    BODY_TOO_LARGE("body-too-large", "The request body is larger than the {0} this path accepts.",
            "ข้อมูลที่ส่งมีขนาดใหญ่เกินกว่า {0} ที่ที่อยู่นี้รับได้"),
    PATH_REFUSED("path-refused", "The path contains '..' or an encoded slash; such paths are refused.",
            "ที่อยู่มีส่วน '..' หรือเครื่องหมาย / ที่เข้ารหัส ซึ่งไม่อนุญาต"),
    TOKEN_INVALID("token-invalid",
            "The bearer token is not valid here: expired, not signed by the edukpi realm, or not meant for edukpi-api.",
            "โทเค็นไม่ถูกต้อง หมดอายุ ไม่ได้ออกโดยระบบ edukpi หรือไม่ได้ออกให้ใช้กับ edukpi-api"),
    TOKEN_MISSING("token-missing", "This path needs a bearer token from the edukpi realm (Authorization: Bearer ...).",
            "ต้องแนบโทเค็นของระบบ edukpi ในส่วนหัว Authorization: Bearer"),
    CALLER_GONE("caller-gone", "The caller closed the connection before the answer.",
            "ผู้เรียกปิดการเชื่อมต่อก่อนได้รับคำตอบ"),
    SERVICE_TIMEOUT("service-timeout", "{0} did not answer in time. Try again shortly.",
            "บริการ {0} ไม่ตอบสนองภายในเวลาที่กำหนด กรุณาลองใหม่อีกครั้ง"),
    SERVICE_UNAVAILABLE("service-unavailable", "{0} is not available right now. Try again shortly.",
            "บริการ {0} ไม่พร้อมให้บริการในขณะนี้ กรุณาลองใหม่อีกครั้ง");

    private final Entry entry;

    GatewayMessage(String code, String english, String thai) {
        entry = new Entry(code, english, thai);
    }

    @Override
    public Entry entry() {
        return entry;
    }
}
