package io.edukpi.submission.domain;

import io.edukpi.commons.message.Message;
import io.edukpi.commons.message.Text;

/**
 * Every code and text of submission-service. An argument that is itself a {@link Message} or a
 * {@link Text} is written in the language of the sentence it fills.
 */
public enum SubmissionMessage implements Message {

    // problem types of their own: the code is the type, the text its title
    TRANSITION_NOT_ALLOWED("transition-not-allowed", "Not allowed in the current state", "ทำไม่ได้ในสถานะปัจจุบัน"),
    REASON_REQUIRED("reason-required", "Not allowed by the catalogue", "ชุดตัวชี้วัดไม่อนุญาต"),
    OWN_SUBMISSION("own-submission", "Forbidden", "ไม่มีสิทธิ์"),
    UNKNOWN_ROUND("unknown-round", "Not allowed by the catalogue", "ชุดตัวชี้วัดไม่อนุญาต"),
    INDICATOR_NOT_SCORED("indicator-not-scored", "Not allowed by the catalogue", "ชุดตัวชี้วัดไม่อนุญาต"),
    INDICATOR_NOT_STARTED("indicator-not-started", "Not allowed by the catalogue", "ชุดตัวชี้วัดไม่อนุญาต"),
    INDICATOR_CANCELLED("indicator-cancelled", "Not allowed by the catalogue", "ชุดตัวชี้วัดไม่อนุญาต"),
    DEADLINE_PASSED("deadline-passed", "Not allowed in the current state", "ทำไม่ได้ในสถานะปัจจุบัน"),
    EARLIER_ROUND_NOT_CERTIFIED("earlier-round-not-certified", "Earlier round not certified",
            "ผลรอบก่อนหน้ายังไม่ได้รับการรับรอง"),
    RESULT_EXISTS("result-exists", "Result already exists", "มีผลการดำเนินงานนี้อยู่แล้ว"),

    // the details of those problems
    TRANSITION_NOT_ALLOWED_DETAIL("transition-not-allowed-detail",
            "A {0} result cannot take the step '{1}'; allowed from {2}.",
            "ไม่สามารถ{1}ได้ เมื่อผลอยู่ในสถานะ {0} (ทำได้จากสถานะ {2})"),
    REASON_REQUIRED_DETAIL("reason-required-detail", "A reason is required to {0} a result.", "ต้องระบุเหตุผลในการ{0}"),
    OWN_SUBMISSION_DETAIL("own-submission-detail", "Nobody may {0} a result they submitted or certified themselves.",
            "ไม่สามารถ{0}ที่ตนเองเป็นผู้ส่งหรือผู้รับรอง"),
    UNKNOWN_ROUND_DETAIL("unknown-round-detail", "The catalogue has no round {0}; its rounds are {1}.",
            "ชุดตัวชี้วัดไม่มีรอบ {0} (มีรอบ {1})"),
    INDICATOR_NOT_SCORED_DETAIL("indicator-not-scored-detail",
            "Indicator {0} has no scoring criterion: its score comes from its children, it takes no result of its own.",
            "ตัวชี้วัด {0} ไม่มีเกณฑ์การให้คะแนนของตนเอง (คะแนนมาจากตัวชี้วัดย่อย) จึงไม่รับผลการดำเนินงาน"),
    INDICATOR_NOT_STARTED_DETAIL("indicator-not-started-detail",
            "Indicator {0} starts in round {1}; it takes no result in round {2}.",
            "ตัวชี้วัด {0} เริ่มประเมินในรอบ {1} จึงไม่รับผลในรอบ {2}"),
    INDICATOR_CANCELLED_DETAIL("indicator-cancelled-detail",
            "Indicator {0} is cancelled from round {1}; it takes no result in round {2}.",
            "ตัวชี้วัด {0} ถูกยกเลิกตั้งแต่รอบ {1} จึงไม่รับผลในรอบ {2}"),
    DEADLINE_PASSED_DETAIL("deadline-passed-detail",
            "The deadline of round {0} was {1}; this catalogue refuses late submissions.",
            "เลยกำหนดส่งรอบ {0} ({1}) แล้ว ชุดตัวชี้วัดนี้ไม่รับผลที่ส่งช้า"),
    EARLIER_ROUND_NOT_CERTIFIED_DETAIL("earlier-round-not-certified-detail",
            "Round {0} of indicator {1} cannot be submitted before round {2} is certified (round {2} is {3}).",
            "ส่งผลตัวชี้วัด {1} รอบ {0} ไม่ได้ จนกว่าผลรอบ {2} จะได้รับการรับรอง (รอบ {2} อยู่ในสถานะ {3})"),
    NOT_KEYED("not-keyed", "not keyed", "ยังไม่ได้กรอก"),
    RESULT_EXISTS_DETAIL("result-exists-detail",
            "Office {0} already has a result for indicator {1} in round {2}: {3}. Change that one (PUT with If-Match).",
            "สำนักงานเขต {0} มีผลตัวชี้วัด {1} รอบ {2} อยู่แล้ว ({3}) กรุณาแก้ไขรายการเดิม"),
    TRANSITION_ROLE("transition-role", "Only {0} may {1} a {2} result.", "ขั้นตอน '{1}' ของผลในสถานะ {2} ทำได้เฉพาะ {0}"),
    ROLE_AREA_OFFICER("role-area-officer", "the area office's officers (area-officer)",
            "เจ้าหน้าที่ของสำนักงานเขต (area-officer)"),
    ROLE_SUPERVISOR("role-supervisor", "the office's indicator supervisor (area-officer)",
            "ผู้กำกับตัวชี้วัดของสำนักงานเขต (area-officer)"),
    ROLE_REVIEWER("role-reviewer", "OBEC's reviewer (reviewer)", "ผู้ตรวจของ สพฐ. (reviewer)"),
    ROLE_OBEC_ADMIN("role-obec-admin", "obec-admin", "ผู้ดูแลระบบของ สพฐ. (obec-admin)"),

    // the steps of the workflow, as people read them
    STEP_SUBMIT("step-submit", "submit", "ส่งผล"),
    STEP_CERTIFY("step-certify", "certify", "รับรองผล"),
    STEP_ACCEPT("step-accept", "accept", "ยอมรับผล"),
    STEP_RETURN("step-return", "return", "ส่งกลับแก้ไข"),
    STEP_REOPEN("step-reopen", "reopen", "เปิดแก้ไขผลที่ยอมรับแล้ว"),

    // findings about a result's content
    REQUIRED("required", "{0} is required.", "ต้องระบุ {0}"),
    RANGE("range", "Must be between {0} and {1}.", "ต้องอยู่ระหว่าง {0} ถึง {1}"),
    DUPLICATE("duplicate", "The same as {0}.", "ซ้ำกับ{0}"),
    STEP_LISTED_BEFORE("step-listed-before", "a step listed before", "ขั้นตอนที่ระบุไว้แล้ว"),
    FORM_INCOMPLETE("form-incomplete",
            "The result is computed from the forms and cannot be computed yet: fill the office form and have the "
                    + "schools fill theirs.",
            "ยังคำนวณผลจากแบบฟอร์มไม่ได้ กรุณากรอกแบบฟอร์มของเขตและให้โรงเรียนกรอกแบบฟอร์มของโรงเรียน"),
    VALUE_COMPUTED("value-computed",
            "Indicator {0} is computed from its reference forms; its value cannot be keyed.",
            "ตัวชี้วัด {0} คำนวณจากแบบฟอร์มอ้างอิง ไม่สามารถกรอกค่าเองได้"),
    MILESTONE("milestone", "A MILESTONE indicator takes stepsCompleted, not a value.",
            "ตัวชี้วัดแบบขั้นความสำเร็จให้ระบุ stepsCompleted ไม่ใช่ค่า value"),
    NOT_MILESTONE("not-milestone", "Only MILESTONE indicators take stepsCompleted.",
            "ระบุ stepsCompleted ได้เฉพาะตัวชี้วัดแบบขั้นความสำเร็จ"),
    MILESTONE_ONLY("milestone-only", "A reviewer's score replaces the computed one only for MILESTONE indicators.",
            "ผู้ตรวจให้คะแนนแทนได้เฉพาะตัวชี้วัดแบบขั้นความสำเร็จ (MILESTONE)"),
    NO_FORM("no-form", "Indicator {0} has no area-office reference form.", "ตัวชี้วัด {0} ไม่มีแบบฟอร์มอ้างอิงของเขต"),
    OFFICE_REQUIRED("office-required", "Say which area office the result is for.",
            "ต้องระบุรหัสสำนักงานเขตพื้นที่การศึกษา"),
    CONTENT_MISFIT("content-misfit", "The result's content does not fit indicator {0}.",
            "ข้อมูลผลการดำเนินงานไม่ตรงกับตัวชี้วัด {0}"),
    INCOMPLETE("incomplete", "The result is not complete enough to submit.", "ผลการดำเนินงานยังไม่ครบถ้วนพอที่จะส่ง"),
    REVIEWER_SCORE_REFUSED("reviewer-score-refused", "The reviewer's score cannot be used.", "ใช้คะแนนของผู้ตรวจไม่ได้"),
    NOT_EDITABLE("not-editable", "The result is {0}; only a DRAFT or RETURNED result can be changed.",
            "ผลนี้อยู่ในสถานะ {0} แก้ไขได้เฉพาะผลที่เป็นฉบับร่าง (DRAFT) หรือถูกส่งกลับ (RETURNED)"),

    ACCEPT_BODY_NOT_JSON("accept-body-not-json",
            "The body must be JSON: {\"reviewerScore\": 3.5, \"reviewerReason\": \"...\"}.",
            "เนื้อหาคำขอต้องเป็น JSON ที่มี reviewerScore และ reviewerReason"),

    INVALID("invalid", "Not one of {0}.", "ไม่ใช่ค่าใดค่าหนึ่งใน {0}"),
    FORMAT_UNKNOWN("format-unknown", "format is csv or json.", "format ต้องเป็น csv หรือ json"),
    DATE_MALFORMED("date-malformed", "date is a calendar date, YYYY-MM-DD.", "date ต้องเป็นวันที่ในรูปแบบ YYYY-MM-DD"),
    FORMAT("format", "expected YYYY-MM-DD", "ต้องอยู่ในรูปแบบ YYYY-MM-DD"),
    OFFICE_NOT_REGISTERED("office-not-registered", "Area office not registered",
            "ยังไม่ได้ลงทะเบียนสำนักงานเขตพื้นที่การศึกษา"),
    OFFICE_NOT_REGISTERED_DETAIL("office-not-registered-detail",
            "Area office {0} is not known to submission-service yet: obec-admin registers it in student-registry-service "
                    + "(PUT /api/v1/registry/area-offices/{0}), and it arrives here moments later.",
            "ระบบยังไม่รู้จักสำนักงานเขตพื้นที่การศึกษา {0} ผู้ดูแลระบบ สพฐ. ลงทะเบียนได้ที่ระบบทะเบียนนักเรียน (PUT /api/v1/registry/area-offices/{0}) แล้วข้อมูลจะมาถึงภายในไม่กี่วินาที"),
    PREVIEW_NEEDS_VALUE("preview-needs-value", "Give a value to preview; the result has none yet.",
            "กรุณาระบุค่าที่ต้องการดูคะแนน (ผลนี้ยังไม่มีค่า)"),
    SCORING_UNAVAILABLE("scoring-unavailable", "Scoring unavailable", "ระบบคำนวณคะแนนไม่พร้อมใช้งาน"),
    SCORING_UNAVAILABLE_DETAIL("scoring-unavailable-detail",
            "scoring-service did not answer; the preview is not available right now. Keying and submitting still work.",
            "ระบบคำนวณคะแนนไม่ตอบสนอง ขณะนี้ยังดูคะแนนล่วงหน้าไม่ได้ แต่ยังกรอกและส่งผลได้ตามปกติ"),

    // findings about a filled form
    UNKNOWN_FIELD("unknown-field", "Form {0} has no field '{1}'.", "แบบฟอร์ม {0} ไม่มีช่อง '{1}'"),
    UNKNOWN_TABLE("unknown-table", "Form {0} has no table '{1}'.", "แบบฟอร์ม {0} ไม่มีตาราง '{1}'"),
    UNKNOWN_COLUMN("unknown-column", "Table '{0}' has no column '{1}'.", "ตาราง '{0}' ไม่มีคอลัมน์ '{1}'"),
    UNKNOWN_CHECKLIST("unknown-checklist", "Form {0} has no checklist '{1}'.", "แบบฟอร์ม {0} ไม่มีรายการตรวจสอบ '{1}'"),
    UNKNOWN_ITEM("unknown-item", "Checklist '{0}' has no item '{1}'; its items are {2}.",
            "รายการตรวจสอบ '{0}' ไม่มีข้อ '{1}' (มีข้อ {2})"),
    TYPE("type", "'{0}' must be {1}, not {2}.", "'{0}' ต้องเป็น{1} (ไม่ใช่ {2})"),
    TYPE_INTEGER("type-integer", "a whole number", "จำนวนเต็ม"),
    TYPE_DECIMAL("type-decimal", "a number", "ตัวเลข"),
    TYPE_BOOLEAN("type-boolean", "true or false", "ใช่หรือไม่ใช่ (true/false)"),
    TYPE_TEXT("type-text", "text", "ข้อความ"),
    TYPE_DATE("type-date", "a date (yyyy-MM-dd)", "วันที่ (ปปปป-ดด-วว ค.ศ.)"),
    UNKNOWN_PROPERTY("unknown-property", "A form has only fields, tables and checklists.",
            "แบบฟอร์มมีได้เฉพาะ fields, tables และ checklists"),
    SHAPE("shape", "Expected {0}.", "รูปแบบข้อมูลไม่ถูกต้อง: ต้องเป็น {0}"),

    // schools' forms
    NO_OFFICE_CLAIM("no-office-claim", "The token names no office (claim office_code).",
            "โทเค็นไม่ระบุสำนักงานเขต (office_code)"),
    FORM_MALFORMED("form-malformed", "The form does not have the shape of a filled form.",
            "รูปแบบข้อมูลแบบฟอร์มไม่ถูกต้อง"),
    SCHOOL_FORM_MISFIT("school-form-misfit", "The school form does not fit {0}.", "ข้อมูลไม่ตรงกับแบบฟอร์ม {0}"),
    OFFICE_ALREADY_SUBMITTED("office-already-submitted",
            "The office has already submitted this result ({0}); a school form can change only while it is a draft.",
            "สำนักงานเขตส่งผลนี้ไปแล้ว ({0}) โรงเรียนแก้ไขแบบฟอร์มได้เฉพาะเมื่อผลยังเป็นฉบับร่าง"),
    NOT_FROM_SCHOOL_FORMS("not-from-school-forms", "Indicator {0} is not computed from school forms.",
            "ตัวชี้วัด {0} ไม่ได้คำนวณจากแบบฟอร์มของโรงเรียน"),
    NO_SCHOOL_FORM("no-school-form", "no school form (2) rolls up into this indicator",
            "ไม่มีแบบฟอร์มของโรงเรียน (2) สำหรับตัวชี้วัดนี้"),

    // evidence files
    MAX_FILE_SIZE("max-file-size", "The file is larger than the {0} a single evidence file may have.",
            "ไฟล์มีขนาดเกิน {0} ซึ่งเป็นขนาดสูงสุดของไฟล์หลักฐานหนึ่งไฟล์"),
    MAX_RESULT_SIZE("max-result-size", "The result's evidence files would exceed {0} in total ({1} attached already).",
            "ไฟล์หลักฐานของผลนี้จะมีขนาดรวมเกิน {0} (แนบไว้แล้ว {1})"),
    MAX_UNPACKED_SIZE("max-unpacked-size",
            "{0} unpacks to more than {1}, the most an evidence file may hold unpacked; nothing was stored.",
            "ไฟล์ {0} เมื่อแตกไฟล์แล้วมีขนาดเกิน {1} ซึ่งเป็นขนาดสูงสุดที่อนุญาต จึงไม่ได้บันทึกไฟล์นี้"),
    MAX_UNPACKED_RATIO("max-unpacked-ratio",
            "{0} unpacks to more than {1} times its own size, more than an evidence file may; nothing was stored.",
            "ไฟล์ {0} เมื่อแตกไฟล์แล้วมีขนาดเกิน {1} เท่าของขนาดไฟล์ ซึ่งเกินกว่าที่อนุญาต จึงไม่ได้บันทึกไฟล์นี้"),
    UNSUPPORTED_TYPE_DETAIL("unsupported-type-detail", "The file's content is {0}; evidence must be one of: {1}.",
            "เนื้อหาของไฟล์เป็น {0} ซึ่งไม่อนุญาต ไฟล์หลักฐานต้องเป็นชนิดใดชนิดหนึ่งต่อไปนี้: {1}"),
    UNSUPPORTED_TYPE("unsupported-type", "detected {0}; allowed: {1}", "ตรวจพบ {0} ชนิดที่อนุญาต: {1}"),
    EMPTY_FILE("empty-file", "The file is empty (0 bytes).", "ไฟล์ว่างเปล่า (0 ไบต์)"),
    INVALID_FILE_NAME("invalid-file-name", "The file name cannot be used: {0}", "ใช้ชื่อไฟล์นี้ไม่ได้: {0}"),
    FILE_NAME_MISSING("file-name-missing",
            "The file name is missing; send it in Content-Disposition (filename*=UTF-8''...).",
            "ไม่พบชื่อไฟล์ กรุณาระบุใน Content-Disposition (filename*=UTF-8''...)"),
    FILE_NAME_CLIMBS("file-name-climbs", "The file name '{0}' tries to leave its directory (..).",
            "ชื่อไฟล์ '{0}' มีการอ้างถึงไดเรกทอรีอื่น (..) ซึ่งไม่อนุญาต"),
    FILE_NAME_EMPTY("file-name-empty", "The file name '{0}' has nothing usable left after sanitising.",
            "ชื่อไฟล์ '{0}' ไม่มีอักขระที่ใช้ได้เหลืออยู่หลังการตรวจสอบ"),
    FILE_NAME_CHARSET("file-name-charset", "The file name's charset '{0}' is unknown; use UTF-8.",
            "ไม่รู้จักชุดอักขระ '{0}' ของชื่อไฟล์ กรุณาใช้ UTF-8"),
    DUPLICATE_FILE("duplicate-file", "The same file is attached to this result already as '{0}' (evidence {1}, {2}).",
            "ไฟล์เดียวกันนี้แนบไว้กับผลนี้แล้วในชื่อ '{0}' (หลักฐาน {1} {2})"),
    SAME_HASH("same-hash", "evidence {0} (same SHA-256)", "หลักฐาน {0} (ค่า SHA-256 ตรงกัน)"),
    UPLOAD_INTERRUPTED("upload-interrupted", "The upload was interrupted before the whole file arrived; nothing was stored.",
            "การอัปโหลดถูกขัดจังหวะก่อนได้รับไฟล์ครบ ไม่มีการบันทึกข้อมูลใด ๆ"),
    THING_EVIDENCE("thing-evidence", "Evidence", "ไฟล์หลักฐาน"),

    // not found
    NOT_FOUND_DETAIL("not-found-detail", "{0} '{1}' does not exist or is not visible to you.",
            "ไม่พบ{0} '{1}' หรือท่านไม่มีสิทธิ์เข้าถึง"),
    THING_RESULT("thing-result", "Result", "ผลการดำเนินงาน"),
    THING_AREA_OFFICE("thing-area-office", "Area office", "สำนักงานเขตพื้นที่การศึกษา"),
    THING_INDICATOR("thing-indicator", "Indicator", "ตัวชี้วัด"),
    THING_CATALOGUE("thing-catalogue", "Published catalogue", "ชุดตัวชี้วัดที่ประกาศใช้"),
    THING_SCHOOL("thing-school", "School", "โรงเรียน"),
    THING_SCHOOL_FORM("thing-school-form", "School form", "แบบฟอร์มของโรงเรียน");

    /** Examples and texts of the API's documentation (annotation values must be constants). */
    public static final class Examples {
        public static final String ACCEPT_REVIEWER_SCORE = """
                {"reviewerScore": 3.5, "reviewerReason": "ขั้นที่ 4 ดำเนินการแล้วครึ่งหนึ่ง"}""";

        public static final String AREA_OFFICES_SUMMARY = "Every area office known to submission-service, with its kind (PRIMARY = สพป., SECONDARY = สพม.)";

        public static final String CREATE_THRESHOLD = """
                {"fiscalYear": 2011, "level": "OBEC_AGREEMENT", "round": 9, "indicatorCode": "1.1.1", "value": 74.36,
                 "narrative": "ตรวจสอบข้อมูลนักเรียนจาก DMC ณ 10 มิ.ย. 2554",
                 "dataCollector": {"name": "นางสาวสมใจ ใจดี", "position": "นักวิชาการศึกษา", "phone": "053-123456"}}""";

        public static final String MAIL_SUBJECT = "[edukpi] ใกล้ถึงกำหนดส่งผลตัวชี้วัด รอบ 6 เดือน ปีงบประมาณ 2554: สพป.เชียงใหม่ เขต 1 (อีก 3 วัน)";

        public static final String MAIL_BODY = "เรียน เจ้าหน้าที่สพป.เชียงใหม่ เขต 1 (รหัส 5001)\n\nผลการดำเนินงานตามตัวชี้วัด "
                + "ปีงบประมาณ พ.ศ. 2554 รอบ 6 เดือน ต้องรับรองให้ครบภายในวันที่ 15 เมษายน 2554 (อีก 3 วัน)\n...";

        public static final String OFFICE_PROGRESS = """
                {"officeCode": "5001", "officeNameTh": "สพป.เชียงใหม่ เขต 1", "officeKind": "PRIMARY",
                 "fiscalYear": 2011, "fiscalYearBe": 2554, "level": "OBEC_AGREEMENT", "round": 6,
                 "deadline": "2011-04-15", "asOf": "2011-04-12", "daysLeft": 3,
                 "indicators": [{"indicatorCode": "3.1.2", "indicatorName": "ร้อยละของสถานศึกษาในสังกัด...",
                   "criterionType": "THRESHOLD", "resultSource": "FORM", "resultId": null, "state": null,
                   "notStarted": true, "late": false, "overdue": false, "value": null, "deadline": "2011-04-15",
                   "daysLeft": 3, "schoolsKnown": 2, "schoolsFilled": 0,
                   "schoolsWithoutForm": [{"schoolCode": "1050130001", "schoolNameTh": "โรงเรียนบ้านหนองบัว"}]}]}""";

        public static final String RETURN_REASON = """
                {"reason": "จำนวนประชากรไม่ตรงกับ ทร.14 กรุณาตรวจสอบ"}""";

        public static final String ROUND_PROGRESS = """
                {"fiscalYear": 2011, "fiscalYearBe": 2554, "level": "OBEC_AGREEMENT", "round": 6,
                 "roundLabel": "รอบ 6 เดือน", "deadline": "2011-04-15", "asOf": "2011-04-12", "daysLeft": 3,
                 "offices": [{"officeCode": "5001", "officeNameTh": "สพป.เชียงใหม่ เขต 1", "officeKind": "PRIMARY",
                   "expected": 16, "notStarted": 10, "draft": 3, "submitted": 1, "certified": 1, "accepted": 1,
                   "returned": 0, "lateSubmissions": 0, "late": false, "daysLeft": 3}],
                 "totals": {"offices": 1, "expected": 16, "notStarted": 10, "draft": 3, "submitted": 1,
                   "certified": 1, "accepted": 1, "returned": 0, "lateSubmissions": 0, "lateOffices": 0}}""";

        public static final String ROUND_PROGRESS_CSV = """
                officeCode,officeNameTh,officeKind,expected,notStarted,draft,submitted,certified,accepted,returned,lateSubmissions,late,deadline,daysLeft
                5001,สพป.เชียงใหม่ เขต 1,PRIMARY,16,10,3,1,1,1,0,0,false,2011-04-15,3""";

        public static final String PROGRESS_GRID = """
                {"fiscalYear": 2011, "fiscalYearBe": 2554, "level": "OBEC_AGREEMENT", "round": 6,
                 "roundLabel": "รอบ 6 เดือน", "catalogueVersion": 1, "deadline": "2011-04-15", "asOf": "2011-04-17",
                 "daysLeft": -2, "lateOnly": false,
                 "indicators": [{"code": "3.1.2", "nameTh": "ร้อยละของสถานศึกษาที่มีระบบประกันคุณภาพภายใน", "deadline": "2011-04-15"}],
                 "offices": [{"officeCode": "5001", "officeNameTh": "สพป.เชียงใหม่ เขต 1", "officeKind": "PRIMARY",
                   "late": true, "daysLeft": -2,
                   "cells": [{"indicatorCode": "3.1.2", "state": "SUBMITTED", "late": true, "overdue": true}]}]}""";

        public static final String PROGRESS_GRID_CSV = """
                officeCode,officeNameTh,officeKind,officeLate,indicatorCode,indicatorNameTh,state,late,overdue,deadline,daysLeft
                5001,สพป.เชียงใหม่ เขต 1,PRIMARY,true,3.1.2,ร้อยละของสถานศึกษาที่มีระบบประกันคุณภาพภายใน,SUBMITTED,true,true,2011-04-15,-2""";

        public static final String INDICATOR_NAME = "ร้อยละของสถานศึกษาที่มีระบบประกันคุณภาพภายใน";
        public static final String OFFICE_SHORT_NAME = "สพป.เชียงใหม่ เขต 1";
        public static final String ROUND_LABEL = "รอบ 6 เดือน";
        public static final String CATALOGUE_TITLE = "คำรับรองการปฏิบัติราชการ ปีงบประมาณ พ.ศ. 2554";
        public static final String CERTIFIER_NAME = "สมชาย ใจดี";
        public static final String CERTIFIER_POSITION = "ผู้อำนวยการกลุ่มนโยบายและแผน";
        public static final String EVIDENCE_FILE_NAME = "รายงาน.pdf";
        public static final String NARRATIVE = "ข้อมูล DMC 10 มิ.ย. 2554";
        public static final String OFFICE_NAME = "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาเชียงใหม่ เขต 1";
        public static final String PERSON_NAME = "สมศรี ใจดี";
        public static final String PERSON_POSITION = "นักวิชาการศึกษา";
        public static final String REASON = "ค่าร้อยละไม่ตรงกับข้อมูล DMC";

        private Examples() {
        }
    }

    private final Entry entry;

    SubmissionMessage(String code, String english, String thai) {
        entry = new Entry(code, english, thai);
    }

    @Override
    public Entry entry() {
        return entry;
    }

    @Override
    public Text text(Object... arguments) {
        Object[] english = new Object[arguments.length];
        Object[] thai = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            Object a = arguments[i];
            english[i] = a instanceof Message m ? m.english() : a instanceof Text t ? t.english() : a;
            thai[i] = a instanceof Message m ? m.thai() : a instanceof Text t ? t.thai() : a;
        }
        return new Text(Message.super.text(english).english(), Message.super.text(thai).thai());
    }

    /** The "does not exist or is not visible to you" text of a thing. */
    public static Text notFound(SubmissionMessage thing, Object id) {
        return NOT_FOUND_DETAIL.text(thing, id);
    }
}
