package io.edukpi.registry.domain;

import io.edukpi.commons.message.Finding;
import io.edukpi.commons.message.Message;
import io.edukpi.commons.message.Text;

/**
 * Every code and text of the registry in English and Thai: the findings of records and files, the
 * problem details of the API, and the labels people read (column titles, class levels, code lists).
 * docs/problems.md lists them (RegistryMessageCatalogueTest keeps it true).
 */
public enum RegistryMessage implements Message {

    // Findings about one value of a record (validators, file rows, MIS batches)
    REQUIRED("required", "is required", "ต้องระบุค่า"),
    SCHOOL_CODE_FORMAT("school-code-format", "a school code has 10 digits", "รหัสโรงเรียนต้องเป็นตัวเลข 10 หลัก"),
    BIRTH_DATE_RANGE("birth-date-range", "the date of birth lies in the future or before 1900",
            "วันเกิดอยู่ในอนาคตหรือก่อนปี พ.ศ. 2443"),
    CLASS_LEVEL_UNKNOWN("class-level-unknown", "a class level is one of อ.1-อ.3, ป.1-ป.6, ม.1-ม.6",
            "ระดับชั้นต้องเป็น อ.1-อ.3 ป.1-ป.6 หรือ ม.1-ม.6"),
    STUDENT_NUMBER_FORMAT("student-number-format", "a student number has up to 20 digits",
            "เลขประจำตัวนักเรียนต้องเป็นตัวเลขไม่เกิน 20 หลัก"),
    TOO_LONG("too-long", "is longer than 100 characters", "ยาวเกิน 100 ตัวอักษร"),
    NAME_FORMAT("name-format", "a name has no digits or control characters", "ชื่อต้องไม่มีตัวเลขหรืออักขระควบคุม"),
    NOT_A_NUMBER("not-a-number", "is not a number", "ต้องเป็นตัวเลข"),
    NUMBER_RANGE("number-range", "must lie between 0 and {0} with at most 2 decimals",
            "ต้องอยู่ระหว่าง 0 ถึง {0} และมีทศนิยมไม่เกิน 2 ตำแหน่ง"),
    HOUSE_CODE_FORMAT("house-code-format", "a house code has 11 digits", "รหัสประจำบ้านต้องเป็นตัวเลข 11 หลัก"),
    SUBDISTRICT_CODE_FORMAT("subdistrict-code-format", "a sub-district code has 6 digits", "รหัสตำบลต้องเป็นตัวเลข 6 หลัก"),
    CODE_FORMAT("code-format", "a code has 1 to 10 characters and no comma", "รหัสต้องยาว 1-10 ตัวอักษรและไม่มีจุลภาค"),
    DATE_ORDER("date-order", "is out of order with {0} (born, then teaching, then appointed)",
            "ลำดับวันที่ไม่ถูกต้องเมื่อเทียบกับ {0} (วันเกิด วันเริ่มเป็นครู แล้ววันบรรจุ)"),
    DATE_FORMAT("date-format", "a date is written yyyy-MM-dd or dd/MM/yyyy (B.E. or C.E. year)",
            "วันที่ต้องอยู่ในรูปแบบ ปปปป-ดด-วว หรือ วว/ดด/ปปปป (พ.ศ. หรือ ค.ศ.)"),
    DATE_NOT_EXIST("date-not-exist", "this date does not exist", "ไม่มีวันที่นี้ในปฏิทิน"),
    G_CODE_FORMAT("g-code-format", "a G-code is G followed by 12 digits", "รหัส G ต้องขึ้นต้นด้วย G ตามด้วยตัวเลข 12 หลัก"),
    CITIZEN_ID_FORMAT("citizen-id-format", "a citizen ID has 13 digits only",
            "เลขประจำตัวประชาชนต้องเป็นตัวเลข 13 หลักเท่านั้น"),
    CITIZEN_ID_LENGTH("citizen-id-length", "a citizen ID has 13 digits, this has {0}",
            "เลขประจำตัวประชาชนต้องมี 13 หลัก แต่มี {0} หลัก"),
    CITIZEN_ID_CHECK_DIGIT("citizen-id-check-digit", "the check digit should be {0}",
            "เลขตรวจสอบ (หลักที่ 13) ไม่ถูกต้อง ควรเป็น {0}"),
    DREAM_SCHOOL_COHORT("dream-school-cohort", "is 0 (not a dream school), 1 or 2",
            "ต้องเป็น 0 (ไม่ใช่โรงเรียนในฝัน) 1 หรือ 2"),
    ID_MISMATCH("id-mismatch", "differs from the path", "ไม่ตรงกับใน URL"),
    OFFICE_UNKNOWN("office-unknown", "is not a known area office", "ไม่พบเขตพื้นที่การศึกษานี้"),
    DEADLINE_BEFORE_CENSUS("deadline-before-census", "is before the census date {0}", "อยู่ก่อนวันเก็บข้อมูล {0}"),

    // Findings of a row of a file (the reader, the staging writer, the database rules)
    MISSING_COLUMNS("missing-columns", "has {0} columns, the header has {1}", "มี {0} คอลัมน์ แต่หัวตารางมี {1} คอลัมน์"),
    EXTRA_COLUMNS("extra-columns", "has data beyond the header or the mapping: {0}",
            "มีข้อมูลเกินจากหัวตารางหรือการจับคู่คอลัมน์: {0}"),
    MALFORMED_JSON("malformed-json", "is not valid JSON: {0}", "ไม่ใช่ JSON ที่ถูกต้อง: {0}"),
    NOT_AN_OBJECT("not-an-object", "is not a JSON object", "ไม่ใช่วัตถุ JSON"),
    WRONG_TYPE("wrong-type", "must be a string or a number, not an object or array", "ต้องเป็นข้อความหรือตัวเลข"),
    DUPLICATE_IN_FILE("duplicate-in-file", "is the same person as row {0}", "เป็นบุคคลเดียวกับแถวที่ {0}"),
    SCHOOL_UNKNOWN("school-unknown", "school {0} is not in the registry", "ไม่พบโรงเรียนรหัส {0} ในทะเบียน"),
    SCHOOL_NOT_PERMITTED("school-not-permitted", "you may not write the data of school {0}",
            "ท่านไม่มีสิทธิ์บันทึกข้อมูลของโรงเรียน {0}"),
    SCHOOL_CERTIFIED("school-certified",
            "the data of school {0} for this round are certified; the area office must reopen them first",
            "ข้อมูลของโรงเรียน {0} ในรอบนี้รับรองแล้ว ต้องให้เขตพื้นที่เปิดให้แก้ไขก่อน"),
    /** {1} is the list's name in each language. */
    CODE_UNKNOWN("code-unknown", "is not a code of the list {1}", "ไม่ใช่รหัสในรายการ{1}"),
    // Says nothing of the other school: any writer could otherwise learn where any citizen ID is enrolled.
    SECOND_ACTIVE_ENROLMENT("second-active-enrolment",
            "is already enrolled at another school in this census round; a move between schools within a round is a "
                    + "transfer, which OBEC's registry administrators make on request",
            "มีการลงทะเบียนเป็นนักเรียนของโรงเรียนอื่นในรอบนี้อยู่แล้ว การย้ายโรงเรียนภายในรอบเป็นการย้ายที่ผู้ดูแลทะเบียนของ สพฐ. ดำเนินการตามคำขอ"),

    // A file as a whole: the job stops
    FILE_TYPE_UNKNOWN("file-type-unknown", "The file name must end in .csv, .txt, .xlsx, .jsonl or .ndjson; '{0}' does not.",
            "ชื่อไฟล์ต้องลงท้ายด้วย .csv .txt .xlsx .jsonl หรือ .ndjson แต่ไฟล์ '{0}' ไม่ใช่"),
    FILE_EMPTY("file-empty", "The file is empty (0 bytes).", "ไฟล์ว่างเปล่า (0 ไบต์)"),
    /** {1} is what the content is, in each language. */
    FILE_TYPE_MISMATCH("file-type-mismatch", "The file is named as {0} but its content is {1}.",
            "ชื่อไฟล์ระบุว่าเป็น {0} แต่เนื้อหาเป็น {1}"),
    CONTENT_ZIP("content-zip", "a ZIP archive (e.g. XLSX)", "ไฟล์ ZIP (เช่น XLSX)"),
    CONTENT_XLS("content-xls", "an old Excel 97-2003 (.xls) file; save it as .xlsx or .csv",
            "ไฟล์ Excel 97-2003 (.xls) กรุณาบันทึกเป็น .xlsx หรือ .csv"),
    CONTENT_PDF("content-pdf", "a PDF document", "เอกสาร PDF"),
    CONTENT_BINARY("content-binary", "binary data", "ข้อมูลไบนารี"),
    CONTENT_JSON("content-json", "JSON", "ข้อมูล JSON"),
    CONTENT_TEXT("content-text", "plain text (e.g. CSV)", "ข้อความธรรมดา (เช่น CSV)"),
    NOT_A_WORKBOOK("not-a-workbook", "The ZIP file is not an Excel workbook (no xl/workbook.xml).",
            "ไฟล์ ZIP นี้ไม่ใช่สมุดงาน Excel"),
    FILE_CUT_OFF("file-cut-off", "The file is incomplete: it ends in the middle of its data; upload it again.",
            "ไฟล์ไม่สมบูรณ์ (สิ้นสุดกลางข้อมูล) กรุณาส่งใหม่"),
    XLSX_DECODED_SIZE("decoded-size-limit",
            "The workbook is refused: its part {0} would hold more than {1} MB decoded. Split the data over smaller files.",
            "ไม่รับไฟล์ Excel นี้: ส่วน {0} เมื่อขยายแล้วมีขนาดเกิน {1} MB กรุณาแบ่งข้อมูลเป็นหลายไฟล์"),
    XLSX_INFLATE_RATIO("inflate-ratio-limit",
            "The workbook is refused: its part {0} would inflate more than {1} times, as a decompression bomb does.",
            "ไม่รับไฟล์ Excel นี้: ส่วน {0} ขยายตัวเกิน {1} เท่า ซึ่งเป็นลักษณะของไฟล์อันตราย (zip bomb)"),
    FILE_DAMAGED("file-damaged", "The workbook cannot be read; it is damaged or cut off. Upload it again.",
            "อ่านไฟล์ Excel ไม่ได้ ไฟล์เสียหายหรือไม่สมบูรณ์ กรุณาส่งใหม่"),
    NO_HEADER("no-header", "The file has no header row.", "ไฟล์ไม่มีแถวหัวตาราง"),
    NO_SHEET("no-sheet", "The workbook has no sheet.", "สมุดงานไม่มีแผ่นงาน"),
    CSV_MALFORMED("csv-malformed", "The CSV cannot be read after row {0}: {1}",
            "อ่านไฟล์ CSV ต่อจากแถวที่ {0} ไม่ได้ (รูปแบบไม่ถูกต้อง: {1})"),
    ENCODING("encoding", "Row {0} is not in the encoding of the file (UTF-8, or for CSV also Windows-874/TIS-620 throughout); "
            + "save the whole file in one encoding.",
            "แถวที่ {0} ไม่ได้เข้ารหัสแบบเดียวกับส่วนต้นของไฟล์ (UTF-8 หรือ TIS-620) กรุณาบันทึกไฟล์ใหม่ทั้งไฟล์"),
    DUPLICATE_COLUMN("duplicate-column", "The column '{0}' appears twice in the header.", "คอลัมน์ '{0}' ซ้ำกันในแถวหัวตาราง"),
    MISSING_COLUMN("missing-column", "Required column(s) missing from the header: {0}. "
            + "Name them as in the SchoolMIS export or give a column mapping.",
            "ไม่พบคอลัมน์ที่จำเป็นในแถวหัวตาราง: {0} กรุณาตั้งชื่อตามไฟล์ส่งออกของ SchoolMIS หรือระบุการจับคู่คอลัมน์"),
    INTERNAL("internal", "The job failed inside the service; nothing was written. Run it again or quote job {0}.",
            "งานนำเข้าล้มเหลวภายในระบบ ไม่มีข้อมูลถูกบันทึก กรุณาสั่งทำงานใหม่หรือแจ้งรหัสงาน {0}"),

    // Problem details of the API
    FILE_PART_MISSING("file-part-missing", "The form part 'file' is missing.", "ไม่พบไฟล์ในส่วน 'file' ของแบบฟอร์ม"),
    FILE_NAME_MISSING("file-name-missing", "The query parameter 'fileName' is missing: it names the file and its format.",
            "ไม่ได้ระบุพารามิเตอร์ 'fileName' (ชื่อไฟล์ ซึ่งบอกรูปแบบของไฟล์)"),
    MAPPING_MALFORMED("mapping-malformed", "The mapping is not a JSON object of field name to column title.",
            "การจับคู่คอลัมน์ต้องเป็นวัตถุ JSON จากชื่อฟิลด์ไปยังชื่อคอลัมน์"),
    MAPPING_FIELD_UNKNOWN("mapping-field-unknown", "The mapping names an unknown field '{0}'.",
            "การจับคู่คอลัมน์อ้างถึงฟิลด์ที่ไม่รู้จัก '{0}'"),
    FIELD_UNKNOWN("field-unknown", "is not a student field", "ไม่ใช่ฟิลด์ของข้อมูลนักเรียน"),
    RERUN_NOT_ALLOWED("rerun-not-allowed",
            "Only a failed or interrupted job whose file is kept can run again; this one is {0}.",
            "สั่งทำงานใหม่ได้เฉพาะงานที่ล้มเหลวหรือถูกขัดจังหวะเท่านั้น งานนี้มีสถานะ {0}"),
    JOB_NOT_FOUND("job-not-found", "Ingestion job '{0}' does not exist or is not visible to you.",
            "ไม่พบงานนำเข้าข้อมูล '{0}' หรือท่านไม่มีสิทธิ์เข้าถึง"),
    OFFICE_NOT_FOUND("office-not-found", "Area office '{0}' does not exist or is not visible to you.",
            "ไม่พบเขตพื้นที่การศึกษา '{0}' หรือท่านไม่มีสิทธิ์เข้าถึง"),
    ROUND_NOT_FOUND("round-not-found", "Census round '{0}' does not exist or is not visible to you.",
            "ไม่พบรอบการเก็บข้อมูล '{0}' หรือท่านไม่มีสิทธิ์เข้าถึง"),
    SCHOOL_NOT_FOUND("school-not-found", "School '{0}' does not exist or is not visible to you.",
            "ไม่พบโรงเรียน '{0}' หรือท่านไม่มีสิทธิ์เข้าถึง"),
    LIST_NOT_FOUND("list-not-found", "Code list '{0}' does not exist or is not visible to you.",
            "ไม่พบรายการรหัส '{0}' หรือท่านไม่มีสิทธิ์เข้าถึง"),
    PERSON_NOT_FOUND("person-not-found", "Person '{0}' does not exist or is not visible to you.",
            "ไม่พบบุคคล '{0}' หรือท่านไม่มีสิทธิ์เข้าถึง"),
    BODY_ID_MISMATCH("body-id-mismatch", "The body's citizenId differs from the one in the path.",
            "เลขประจำตัวประชาชนในข้อมูลไม่ตรงกับใน URL"),
    SCHOOL_UNKNOWN_DETAIL("school-unknown-detail", "School {0} is not in the registry.", "ไม่พบโรงเรียนรหัส {0}"),
    THIS_SCHOOL_FORBIDDEN("this-school-forbidden", "You may not write the data of this school.",
            "ท่านไม่มีสิทธิ์บันทึกข้อมูลของโรงเรียนนี้"),
    WRITE_FORBIDDEN("write-forbidden", "You may not write registry data.", "ท่านไม่มีสิทธิ์บันทึกข้อมูลทะเบียน"),
    SCHOOL_WRITE_FORBIDDEN("school-write-forbidden", "You may not write the data of school {0}.",
            "ท่านไม่มีสิทธิ์บันทึกข้อมูลของโรงเรียน {0}"),
    OFFICE_UNKNOWN_DETAIL("office-unknown-detail", "Area office {0} is not in the registry.",
            "ไม่พบเขตพื้นที่การศึกษารหัส {0}"),
    SCHOOL_ITEMS_INVALID("school-items-invalid", "The school's items are not valid.", "ข้อมูลพื้นฐานของโรงเรียนไม่ถูกต้อง"),
    NEW_SCHOOL_FORBIDDEN("new-school-forbidden", "Only OBEC administrators register new schools.",
            "เฉพาะผู้ดูแลระบบ สพฐ. เท่านั้นที่เพิ่มโรงเรียนใหม่ได้"),
    SCHOOL_MOVE_FORBIDDEN("school-move-forbidden", "Only OBEC administrators move a school to another office.",
            "เฉพาะผู้ดูแลระบบ สพฐ. เท่านั้นที่ย้ายโรงเรียนไปเขตอื่นได้"),
    CODE_FORMAT_DETAIL("code-format-detail", "A code has 1 to 10 characters and no comma.",
            "รหัสต้องยาว 1-10 ตัวอักษรและไม่มีจุลภาค"),
    DEADLINE_BEFORE_CENSUS_DETAIL("deadline-before-census-detail", "The certification deadline lies before the census date.",
            "กำหนดวันรับรองข้อมูลอยู่ก่อนวันเก็บข้อมูล"),
    ROUND_EXISTS("round-exists", "Round {0} of academic year {1} (B.E. {2}) exists already.",
            "รอบที่ {0} ปีการศึกษา {2} (ค.ศ. {1}) มีอยู่แล้ว"),
    NOT_ENROLLED("not-enrolled", "Person {0} has no active enrolment in census round {1}.",
            "บุคคล {0} ไม่มีการลงทะเบียนเป็นนักเรียนในรอบการเก็บข้อมูล {1}"),
    TRANSFER_SAME_SCHOOL("transfer-same-school", "The person is enrolled at school {0} already.",
            "บุคคลนี้ลงทะเบียนเป็นนักเรียนของโรงเรียน {0} อยู่แล้ว"),
    TRANSFER_CERTIFIED("transfer-certified",
            "The data of school {0} for this round are certified; the area office must reopen them before a transfer.",
            "ข้อมูลของโรงเรียน {0} ในรอบนี้รับรองแล้ว ต้องให้เขตพื้นที่เปิดให้แก้ไขก่อนการย้าย"),
    ROUND_CLOSED("round-closed", "Census round {0} is closed; its data can no longer change.",
            "รอบการเก็บข้อมูล {0} ปิดแล้ว ไม่สามารถแก้ไขข้อมูลได้"),
    POPULATION_OFFICE_UNKNOWN("population-office-unknown", "{0} figure(s) name an unknown office.",
            "ตัวเลขประชากร {0} รายการอ้างถึงเขตพื้นที่ที่ไม่มีอยู่"),
    CERTIFY_FORBIDDEN("certify-forbidden", "You may not certify the data of school {0}.",
            "ท่านไม่มีสิทธิ์รับรองข้อมูลของโรงเรียน {0}"),
    ALREADY_CERTIFIED("already-certified", "The data of school {0} are certified already.", "ข้อมูลของโรงเรียน {0} รับรองแล้ว"),
    ACKNOWLEDGE_FORBIDDEN("acknowledge-forbidden", "Only the school's area office acknowledges a certification.",
            "เฉพาะเขตพื้นที่การศึกษาของโรงเรียนเท่านั้นที่รับทราบการรับรองได้"),
    ACKNOWLEDGE_NOT_CERTIFIED("acknowledge-not-certified", "Only certified data can be acknowledged.",
            "รับทราบได้เฉพาะข้อมูลที่รับรองแล้วเท่านั้น"),
    REOPEN_FORBIDDEN("reopen-forbidden", "Only the school's area office reopens certified data.",
            "เฉพาะเขตพื้นที่การศึกษาของโรงเรียนเท่านั้นที่เปิดให้แก้ไขข้อมูลที่รับรองแล้วได้"),
    REOPEN_NOT_CERTIFIED("reopen-not-certified", "Only certified data can be reopened.",
            "เปิดแก้ไขได้เฉพาะข้อมูลที่รับรองแล้ว"),
    BODY_TOO_LARGE("body-too-large", "The request body is larger than the {0} MB this endpoint accepts; "
            + "send whole files to the ingestion-jobs endpoint.",
            "ข้อมูลที่ส่งมีขนาดใหญ่เกินกว่า {0} MB ที่กำหนด กรุณาส่งไฟล์ทั้งไฟล์ผ่านบริการนำเข้าไฟล์"),

    // Labels: the SchoolMIS export's column titles (the default column mapping of an upload)
    COLUMN_SCHOOL_CODE("column-school-code", "school code", "รหัสโรงเรียน"),
    COLUMN_CITIZEN_ID("column-citizen-id", "citizen ID", "เลขประจำตัวประชาชน"),
    COLUMN_PREFIX("column-prefix", "prefix", "คำนำหน้าชื่อ"),
    COLUMN_FIRST_NAME("column-first-name", "first name", "ชื่อ"),
    COLUMN_LAST_NAME("column-last-name", "last name", "นามสกุล"),
    COLUMN_BIRTH_DATE("column-birth-date", "date of birth", "วันเกิด"),
    COLUMN_CLASS_LEVEL("column-class-level", "class", "ชั้น"),
    COLUMN_STUDENT_NUMBER("column-student-number", "student number", "เลขประจำตัวนักเรียน"),
    COLUMN_WEIGHT("column-weight", "weight", "น้ำหนัก"),
    COLUMN_HEIGHT("column-height", "height", "ส่วนสูง"),
    COLUMN_HOUSE_CODE("column-house-code", "house code", "รหัสประจำบ้าน"),
    COLUMN_ETHNICITY("column-ethnicity", "ethnicity", "เชื้อชาติ"),
    COLUMN_NATIONALITY("column-nationality", "nationality", "สัญชาติ"),
    COLUMN_RELIGION("column-religion", "religion", "ศาสนา"),
    COLUMN_DISABILITY("column-disability", "disability", "ความพิการ"),
    COLUMN_TRAVEL_MODE("column-travel-mode", "travel mode", "การเดินทาง"),
    COLUMN_DISTANCE("column-distance", "distance from home to school", "ระยะทางจากบ้านถึงโรงเรียน"),
    COLUMN_SUBDISTRICT_CODE("column-subdistrict-code", "sub-district code", "รหัสตำบล"),
    COLUMN_FATHER_NAME("column-father-name", "father's name", "ชื่อบิดา"),
    COLUMN_MOTHER_NAME("column-mother-name", "mother's name", "ชื่อมารดา"),
    COLUMN_FATHER_ID("column-father-id", "father's citizen ID", "เลขประจำตัวประชาชนบิดา"),
    COLUMN_MOTHER_ID("column-mother-id", "mother's citizen ID", "เลขประจำตัวประชาชนมารดา"),

    // Labels: class levels as schools write them (the Thai form is stored and shown)
    CLASS_K1("class-k1", "kindergarten 1", "อ.1"),
    CLASS_K2("class-k2", "kindergarten 2", "อ.2"),
    CLASS_K3("class-k3", "kindergarten 3", "อ.3"),
    CLASS_P1("class-p1", "primary 1", "ป.1"),
    CLASS_P2("class-p2", "primary 2", "ป.2"),
    CLASS_P3("class-p3", "primary 3", "ป.3"),
    CLASS_P4("class-p4", "primary 4", "ป.4"),
    CLASS_P5("class-p5", "primary 5", "ป.5"),
    CLASS_P6("class-p6", "primary 6", "ป.6"),
    CLASS_M1("class-m1", "secondary 1", "ม.1"),
    CLASS_M2("class-m2", "secondary 2", "ม.2"),
    CLASS_M3("class-m3", "secondary 3", "ม.3"),
    CLASS_M4("class-m4", "secondary 4", "ม.4"),
    CLASS_M5("class-m5", "secondary 5", "ม.5"),
    CLASS_M6("class-m6", "secondary 6", "ม.6"),

    // Labels: the code lists a student record refers to
    LIST_ETHNICITY("list-ethnicity", "ethnicity", "เชื้อชาติ"),
    LIST_NATIONALITY("list-nationality", "nationality", "สัญชาติ"),
    LIST_RELIGION("list-religion", "religion", "ศาสนา"),
    LIST_DISABILITY("list-disability", "disability", "ประเภทความพิการ"),
    LIST_TRAVEL_MODE("list-travel-mode", "travel-mode", "การเดินทางมาโรงเรียน");

    /** Examples of the API's documentation (annotation values must be constants). */
    public static final class Examples {
        public static final String OFFICE_NAME = "สำนักงานเขตพื้นที่การศึกษาประถมศึกษานครปฐม เขต 2";
        public static final String SCHOOL_NAME = "โรงเรียนวัดห้วยพลู";
        public static final String CODE_NAME = "ไทย";
        public static final String PREFIX = "ด.ช.";
        public static final String FIRST_NAME = "สมชาย";
        public static final String LAST_NAME = "ใจดี";
        public static final String CLASS_LEVEL = "ป.4";
        public static final String DREAM_SCHOOL = "0: not a dream school (โรงเรียนในฝัน), 1 or 2: its cohort";
        public static final String OFFICE_KINDS = "Create or update an area office (สพป./สพม.)";
        public static final String OFFICE_KIND = "PRIMARY (สพป.) or SECONDARY (สพม.)";
        public static final String OFFICE = "An area office (สพป./สพม.), registered here once; the other services learn it from registry.area-offices";
        public static final String TEACHER_PREFIX = "นาย";
        public static final String SUBJECT = "คณิตศาสตร์";
        public static final String QUALIFICATION = "ปริญญาโท";
        public static final String POSITION = "ครูชำนาญการ";
        public static final String ADDRESS = "99 หมู่ 1 ต.ห้วยพลู";
        public static final String PERSONNEL_TYPE = "ข้าราชการครู";
        public static final String PARENT = "นายสมชาย ศรีสุข";
        public static final String CLASS_LEVELS = "Class level: อ.1-อ.3, ป.1-ป.6, ม.1-ม.6 (also ป1 or P1)";
        public static final String MAPPING = "{\"citizenId\":\"เลขบัตร\"}";
        public static final String STUDENT_DATE = "yyyy-MM-dd or dd/MM/yyyy, B.E. (as SchoolMIS writes it) or C.E.";

        private Examples() {
        }
    }

    private final Entry entry;

    RegistryMessage(String code, String english, String thai) {
        entry = new Entry(code, english, thai);
    }

    @Override
    public Entry entry() {
        return entry;
    }

    /** The text with {0} filled by {@code value} in both languages and {1} by each language's own {@code named}. */
    public Text text(Object value, Text named) {
        return new Text(text(value, named.english()).english(), text(value, named.thai()).thai());
    }

    /** As {@link #at(String, Object...)} with {1} in each language's own words. */
    public Finding at(String field, Object value, Text named) {
        Text text = text(value, named);
        return new Finding(code(), field, null, null, null, null, text.english(), text.thai(), Finding.Severity.ERROR);
    }
}
