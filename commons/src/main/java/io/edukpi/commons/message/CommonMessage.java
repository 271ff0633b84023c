package io.edukpi.commons.message;

/**
 * The texts of the plumbing every service shares: status titles, routing and token answers, JSON and
 * Bean Validation errors, preconditions and idempotency keys. Listed in docs/problems.md.
 */
public enum CommonMessage implements Message {

    // Titles of the problem types, one per status (docs/problems.md's table).
    BAD_REQUEST("bad-request", "Bad request", "คำขอไม่ถูกต้อง"),
    VALIDATION("validation", "The request is not valid", "ข้อมูลที่ส่งมาไม่ถูกต้อง"),
    UNAUTHORIZED("unauthorized", "Authentication required", "ต้องเข้าสู่ระบบก่อนใช้งาน"),
    FORBIDDEN("forbidden", "Not allowed", "ท่านไม่มีสิทธิ์ดำเนินการนี้"),
    NOT_FOUND("not-found", "Not found", "ไม่พบข้อมูลที่ร้องขอ"),
    METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", "ไม่รองรับวิธีการเรียกนี้"),
    NOT_ACCEPTABLE("not-acceptable", "Response format not available", "ไม่สามารถส่งข้อมูลในรูปแบบที่ร้องขอได้"),
    CONFLICT("conflict", "Conflict with the current state", "ขัดแย้งกับสถานะปัจจุบันของข้อมูล"),
    PRECONDITION_FAILED("precondition-failed", "The resource has changed since you read it",
            "ข้อมูลถูกแก้ไขไปแล้วหลังจากที่ท่านอ่าน"),
    PAYLOAD_TOO_LARGE("payload-too-large", "Request body too large", "ข้อมูลที่ส่งมีขนาดใหญ่เกินกำหนด"),
    URI_TOO_LONG("uri-too-long", "Request target too long", "ที่อยู่ของคำขอยาวเกินกำหนด"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported content type", "ไม่รองรับรูปแบบข้อมูลที่ส่งมา"),
    UNPROCESSABLE("unprocessable", "The request cannot be processed", "ไม่สามารถประมวลผลคำขอได้"),
    PRECONDITION_REQUIRED("precondition-required", "Precondition required", "ต้องระบุ If-Match"),
    TOO_MANY_REQUESTS("too-many-requests", "Too many requests", "มีการเรียกใช้งานถี่เกินกำหนด"),
    INTERNAL("internal", "Internal error", "เกิดข้อผิดพลาดภายในระบบ"),
    BAD_GATEWAY("bad-gateway", "Service unavailable behind the gateway", "ไม่สามารถติดต่อบริการปลายทางได้"),
    UNAVAILABLE("unavailable", "Service temporarily unavailable", "บริการไม่พร้อมใช้งานชั่วคราว"),
    GATEWAY_TIMEOUT("gateway-timeout", "The service did not answer in time", "บริการปลายทางไม่ตอบสนองภายในเวลาที่กำหนด"),
    CLIENT_ERROR("client-error", "Client error", "คำขอไม่ถูกต้อง"),
    SERVER_ERROR("server-error", "Server error", "เกิดข้อผิดพลาดภายในระบบ"),

    // Details.
    NO_ROUTE("no-route",
            "No resource at this path. Check it against the paths of the API document (/q/openapi at the gateway, /q/swagger-ui to browse).",
            "ไม่พบข้อมูลตามที่อยู่ที่ร้องขอ กรุณาตรวจสอบที่อยู่กับเอกสาร API (/q/openapi ที่ gateway หรือดูผ่าน /q/swagger-ui)"),
    METHOD_NOT_ON_PATH("method-not-on-path", "This path does not accept the method used.",
            "ที่อยู่นี้ไม่รองรับวิธีการเรียกที่ใช้"),
    NO_ACCEPTABLE_TYPE("no-acceptable-type", "None of the media types in Accept can be produced here.",
            "ไม่สามารถส่งข้อมูลในรูปแบบที่ระบุใน Accept ได้"),
    CONTENT_TYPE_REFUSED("content-type-refused", "The Content-Type of the request is not accepted here.",
            "ไม่รองรับ Content-Type ของข้อมูลที่ส่งมา"),
    BODY_OVER_LIMIT("body-over-limit", "The request body is larger than the {0} this endpoint accepts.",
            "ข้อมูลที่ส่งมีขนาดใหญ่เกินกว่า {0} ที่กำหนด"),
    FIELDS_INVALID("fields-invalid", "{0} field(s) are not valid; see errors.",
            "ข้อมูล {0} รายการไม่ถูกต้อง ดูรายละเอียดใน errors"),
    BODY_NOT_VALID_JSON("body-not-valid-json", "The request body is not valid JSON for this operation.",
            "ข้อมูล JSON ที่ส่งมาไม่ถูกต้องตามรูปแบบที่กำหนด"),
    TOKEN_MISSING("token-missing", "This operation needs a bearer access token from Keycloak (realm edukpi).",
            "ต้องแนบ access token (Bearer) ที่ออกโดย Keycloak ของระบบ"),
    TOKEN_INVALID("token-invalid",
            "The access token is not valid here: expired, altered, signed by an unknown key or issued for another audience.",
            "access token ไม่ถูกต้อง หมดอายุ ถูกแก้ไข หรือไม่ได้ออกให้ใช้กับระบบนี้"),
    ROLE_FORBIDDEN("role-forbidden", "Your role does not allow this operation.", "บทบาทของท่านไม่มีสิทธิ์ดำเนินการนี้"),
    ROLE_NEEDED("role-needed", "This operation needs one of the roles {0}; your token has none of them.",
            "การดำเนินการนี้ต้องมีบทบาทใดบทบาทหนึ่งต่อไปนี้: {0} แต่ token ของท่านไม่มีบทบาทดังกล่าว"),
    IDENTITY_PROVIDER_UNAVAILABLE("identity-provider-unavailable",
            "The sign-in service (Keycloak) cannot be reached to check the access token; retry shortly.",
            "ไม่สามารถติดต่อระบบยืนยันตัวตน (Keycloak) เพื่อตรวจสอบ access token ได้ กรุณาลองใหม่อีกครั้ง"),
    DATABASE_UNAVAILABLE("database-unavailable",
            "The database is busy or cannot be reached right now. Retry shortly.",
            "ฐานข้อมูลไม่ว่างหรือติดต่อไม่ได้ในขณะนี้ กรุณาลองใหม่อีกครั้ง"),
    FAILED("failed", "The service failed to answer this request. Quote the requestId when you report it.",
            "ระบบไม่สามารถดำเนินการตามคำขอนี้ได้ กรุณาแจ้งผู้ดูแลระบบพร้อมระบุ requestId"),
    IF_MATCH_MISSING("if-match-missing", "Send the resource's ETag in If-Match (read it first); current ETag {0}.",
            "กรุณาส่ง ETag ของข้อมูลในส่วนหัว If-Match (อ่านข้อมูลล่าสุดก่อน) ETag ปัจจุบัน {0}"),
    IF_MATCH_STALE("if-match-stale",
            "The resource changed since it was read (current ETag {0}). Read it again and redo the change.",
            "ข้อมูลถูกแก้ไขหลังจากที่อ่านไป (ETag ปัจจุบัน {0}) กรุณาอ่านใหม่แล้วแก้ไขอีกครั้ง"),
    IDEMPOTENCY_KEY_MALFORMED_DETAIL("idempotency-key-malformed-detail",
            "The Idempotency-Key header has 1 to 128 letters, digits, '.', '_', ':' or '-'.",
            "ส่วนหัว Idempotency-Key ต้องมี 1-128 ตัวอักษร ตัวเลข หรือ . _ : -"),
    IDEMPOTENCY_KEY_REUSED_TITLE("idempotency-key-reused-title", "Idempotency-Key reused",
            "ใช้ Idempotency-Key ซ้ำกับคำขออื่น"),
    IDEMPOTENCY_KEY_REUSED_DETAIL("idempotency-key-reused-detail",
            "This Idempotency-Key was used for a different request; use a new key for new data.",
            "Idempotency-Key นี้ถูกใช้กับคำขออื่นแล้ว กรุณาใช้คีย์ใหม่สำหรับข้อมูลใหม่"),

    // Findings (the code of an error inside a problem).
    MALFORMED_IDEMPOTENCY_KEY("malformed-idempotency-key", "1 to 128 of [A-Za-z0-9._:-]", "รูปแบบไม่ถูกต้อง"),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", "was used for a different request", "ถูกใช้กับคำขออื่นแล้ว"),
    NUMBER_OUT_OF_RANGE("number-out-of-range",
            "The number is out of range: at most {1} significant digits, and between 10^-{0} and 10^{0} in size.",
            "ตัวเลขเกินขอบเขตที่รับได้: ไม่เกิน {1} หลัก และมีขนาดระหว่าง 10^-{0} ถึง 10^{0}"),
    CONTROL_CHARACTER("control-character", "The text contains the control character {0} at position {1}; remove it.",
            "ข้อความมีอักขระควบคุม {0} ที่ตำแหน่ง {1} กรุณาลบออก"),
    REQUEST_TARGET_TOO_LONG("request-target-too-long",
            "The path and query are {0} characters long, more than the {1} accepted; send long data in the request body.",
            "ที่อยู่และพารามิเตอร์ของคำขอยาว {0} ตัวอักษร เกินกว่า {1} ตัวอักษรที่รับได้ กรุณาส่งข้อมูลที่ยาวในเนื้อหาของคำขอ"),
    NESTING_TOO_DEEP("nesting-too-deep", "The JSON is nested more than {0} levels deep here; no field of this API needs that.",
            "ข้อมูล JSON ซ้อนกันลึกเกิน {0} ชั้น ณ ตำแหน่งนี้ ซึ่งไม่มีฟิลด์ใดของระบบต้องการ"),
    PAGE_OUT_OF_RANGE("page-out-of-range", "page counts from 0 and is at most {0}.",
            "page เริ่มนับจาก 0 และต้องไม่เกิน {0}"),
    SIZE_OUT_OF_RANGE("size-out-of-range", "size is the number of items a page, from 1 to {0}.",
            "size คือจำนวนรายการต่อหน้า ตั้งแต่ 1 ถึง {0}"),
    YEAR_ERA("year-era", "{0} is a Buddhist-era (B.E.) year; this API takes C.E. years: send {1}.",
            "ปี {0} เป็นปีพุทธศักราช (พ.ศ.) แต่ระบบนี้รับปีคริสต์ศักราช (ค.ศ.) กรุณาส่ง {1}"),
    UNKNOWN_VALUE("unknown-value", "Not one of the allowed values: {0} (exactly as written).",
            "ไม่ใช่ค่าที่อนุญาต ค่าที่ใช้ได้คือ {0} (ตัวพิมพ์ตามที่ระบุ)"),
    HEADER_UNREADABLE("header-unreadable", "The {0} header cannot be read: {1}", "อ่านค่าส่วนหัว {0} ไม่ได้: {1}"),
    MALFORMED_JSON("malformed-json", "Malformed JSON: {0}", "รูปแบบ JSON ไม่ถูกต้อง: {0}"),
    UNKNOWN_FIELD("unknown-field", "Unknown field '{0}'.", "ไม่รู้จักฟิลด์ '{0}'"),
    WRONG_TYPE("wrong-type", "Field '{0}' has a value of the wrong type or format; expected {1}.",
            "ฟิลด์ '{0}' มีชนิดหรือรูปแบบข้อมูลไม่ถูกต้อง (ต้องเป็น {1})");

    private final Entry entry;

    CommonMessage(String code, String english, String thai) {
        entry = new Entry(code, english, thai);
    }

    @Override
    public Entry entry() {
        return entry;
    }
}
