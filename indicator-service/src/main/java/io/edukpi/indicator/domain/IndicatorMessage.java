package io.edukpi.indicator.domain;

import io.edukpi.commons.message.Message;

/**
 * Every text indicator-service shows people, in English and Thai, with its stable code (listed in
 * docs/problems.md). Codes are API: clients branch on them.
 */
public enum IndicatorMessage implements Message {

    // Rules of a catalogue (CatalogueValidator).
    MALFORMED_CODE("malformed-code", "Code '{0}' is not dotted numbers like 3.1.4",
            "รหัสตัวชี้วัด '{0}' ต้องเป็นตัวเลขคั่นด้วยจุด เช่น 3.1.4"),
    DUPLICATE_CODE("duplicate-code", "Code {0} is used more than once", "รหัสตัวชี้วัด {0} ซ้ำกัน"),
    MISSING_NAME("missing-name", "The indicator has no name", "ไม่ได้ระบุชื่อตัวชี้วัด"),
    ORPHAN_PARENT("orphan-parent", "Parent {0} does not exist in the catalogue", "ไม่พบตัวชี้วัดแม่ {0} ในชุดตัวชี้วัด"),
    CYCLE("cycle", "Indicator {0} is its own ancestor", "ตัวชี้วัด {0} เป็นบรรพบุรุษของตัวเอง (วนซ้ำ)"),
    MISSING_TITLE("missing-title", "The catalogue has no title", "ไม่ได้ระบุชื่อชุดตัวชี้วัด"),
    MISSING_LEVEL("missing-level", "The catalogue has no level", "ไม่ได้ระบุระดับของชุดตัวชี้วัด"),
    MISSING_POLICY("missing-policy", "belowLevelOnePolicy is required", "ต้องระบุวิธีให้คะแนนเมื่อผลต่ำกว่าระดับ 1"),
    DUPLICATE_ROUND("duplicate-round", "Round {0} appears twice", "รอบการรายงาน {0} ซ้ำกัน"),
    MISSING_DATE("missing-date", "A round needs periodEnd and deadline", "รอบการรายงานต้องระบุวันสิ้นสุดรอบและกำหนดส่ง"),
    DEADLINE_BEFORE_PERIOD_END("deadline-before-period-end", "The deadline is before the end of the period",
            "กำหนดส่งอยู่ก่อนวันสิ้นสุดรอบ"),
    BAND_OUT_OF_RANGE("band-out-of-range", "minPercent must be 0 to 100", "ค่าร้อยละขั้นต่ำต้องอยู่ระหว่าง 0 ถึง 100"),
    BANDS_NOT_DESCENDING("bands-not-descending", "Bands must be listed highest first with strictly decreasing minPercent",
            "ต้องเรียงระดับผลการประเมินจากสูงไปต่ำ และค่าร้อยละขั้นต่ำลดลงอย่างเคร่งครัด"),
    MISSING_CRITERION("missing-criterion", "A leaf indicator needs a criterion",
            "ตัวชี้วัดที่ไม่มีตัวชี้วัดย่อยต้องมีเกณฑ์การให้คะแนน"),
    INCOMPLETE_PASS_FAIL("incomplete-pass-fail", "PASS_FAIL needs target, scoreWhenMet and scoreWhenNotMet",
            "เกณฑ์แบบผ่าน/ไม่ผ่านต้องระบุค่าเป้าหมาย คะแนนเมื่อผ่าน และคะแนนเมื่อไม่ผ่าน"),
    WEIGHT_NOT_POSITIVE("weight-not-positive", "Weight must be greater than 0", "น้ำหนักต้องมากกว่า 0"),
    STEP_NOT_POSITIVE("step-not-positive", "The step (units per score point) must be greater than 0",
            "ค่าช่วงคะแนน (หน่วยต่อคะแนน) ต้องมากกว่า 0"),
    MULTIPLIER_NOT_POSITIVE("multiplier-not-positive", "The multiplier must be greater than 0", "ตัวคูณต้องมากกว่า 0"),
    MISSING_BASELINES("missing-baselines", "No baselines of previous years", "ไม่มีข้อมูลพื้นฐาน (ผลการดำเนินงานในอดีต)"),
    THRESHOLD_COUNT("threshold-count", "Exactly five thresholds (levels 1 to 5) are needed, found {0}",
            "ต้องมีเกณฑ์ 5 ระดับพอดี แต่พบ {0} ค่า"),
    THRESHOLDS_NOT_MONOTONIC("thresholds-not-monotonic",
            "Thresholds must strictly improve level by level ({0}); level {1} ({2}) does not improve on level {3} ({4})",
            "เกณฑ์ต้องดีขึ้นทุกระดับ ({0}) แต่ระดับ {1} ({2}) ไม่ดีกว่าระดับ {3} ({4})"),
    MILESTONE_STEPS("milestone-steps", "A milestone criterion needs steps 1 to 5 in order, found {0}",
            "เกณฑ์แบบขั้นตอนต้องมีขั้นตอนที่ 1 ถึง 5 ตามลำดับ แต่พบ {0}"),
    UNKNOWN_ROUND("unknown-round", "Round {0} is not a round of the catalogue", "รอบ {0} ไม่ใช่รอบการรายงานของชุดตัวชี้วัดนี้"),
    CANCELLED_BEFORE_START("cancelled-before-start", "Cancelled before or in the round it starts",
            "ยกเลิกตั้งแต่ก่อนหรือในรอบที่เริ่มใช้"),
    FORM_MISSING("form-missing", "The result comes from forms but the indicator has none",
            "ผลคำนวณจากแบบฟอร์ม แต่ตัวชี้วัดไม่มีแบบฟอร์มอ้างอิง"),
    MISSING_METRIC("missing-metric", "A REGISTRY result needs a metric", "ต้องระบุตัวชี้วัดจากทะเบียนนักเรียน"),
    MISSING_EXPRESSION("missing-expression", "The expression is empty", "ไม่ได้ระบุสูตร"),
    UNKNOWN_FORM_NAME("unknown-form-name", "The expression names {0}, which none of the indicator's forms has",
            "สูตรอ้างถึงรายการที่ไม่มีในแบบฟอร์ม: {0}"),
    EXPRESSION_SYNTAX("expression-syntax", "The expression is not valid: {0}", "สูตรเขียนไม่ถูกต้อง: {0}"),
    WEIGHTS_DO_NOT_ADD_UP("weights-do-not-add-up", "Children's weights add up to {0}, the parent's weight is {1}",
            "น้ำหนักของตัวชี้วัดย่อยรวมกันได้ {0} แต่น้ำหนักของตัวชี้วัดแม่คือ {1}"),
    UNIT_DISAGREES_WITH_FORMULA("unit-disagrees-with-formula",
            "Unit is '{0}' but the formula multiplies by {1}; a percentage (ร้อยละ) is the one multiplied by 100",
            "หน่วยวัดคือ '{0}' แต่สูตรคูณด้วย {1} (ร้อยละคือสูตรที่คูณด้วย 100)"),
    /** The unit name that marks a percentage in the catalogues (compared with {@link #thai()}). */
    PERCENT_UNIT("percent-unit", "Percent (the unit name the catalogues print)", "ร้อยละ"),
    /** A rule of docs/catalogue.schema.json; the finding's code is the schema keyword's ("schema-type"...). */
    SCHEMA_VIOLATION("schema-violation", "{0}", "ไม่ตรงตามโครงสร้างชุดตัวชี้วัด (docs/catalogue.schema.json): {0}"),

    // Reading a catalogue (JSON, spreadsheets, CSV) and query parameters.
    NOT_AN_OBJECT("not-an-object", "The body must be a JSON object", "ข้อมูลต้องเป็นออบเจกต์ JSON"),
    INDICATOR_NOT_AN_OBJECT("indicator-not-an-object", "Each indicator must be a JSON object; indicators[{0}] is not.",
            "ตัวชี้วัดแต่ละรายการต้องเป็นออบเจกต์ JSON แต่ indicators[{0}] ไม่ใช่"),
    ELEMENT_NOT_AN_OBJECT("element-not-an-object", "Each element of {0} must be a JSON object; {0}[{1}] is not.",
            "แต่ละรายการของ {0} ต้องเป็นออบเจกต์ JSON แต่ {0}[{1}] ไม่ใช่"),
    MALFORMED_JSON("malformed-json", "The JSON is not well formed: {0}", "ข้อมูล JSON ไม่ถูกต้อง: {0}"),
    WRONG_SHAPE("wrong-shape", "{0}", "ข้อมูล JSON ไม่ถูกต้องตามรูปแบบของชุดตัวชี้วัด: {0}"),
    INVALID_CATALOGUE_JSON("invalid-catalogue-json", "The catalogue JSON is not valid: {0}",
            "ข้อมูล JSON ของชุดตัวชี้วัดไม่ถูกต้อง: {0}"),
    YEAR_MISMATCH("year-mismatch", "fiscalYearBe must be {0}, the B.E. year of fiscalYear {1}",
            "ปี พ.ศ. ต้องเป็น {0} ซึ่งตรงกับปี ค.ศ. {1}"),
    MISSING_FISCAL_YEAR("missing-value", "fiscalYear (or fiscalYearBe) is required", "ต้องระบุปีงบประมาณ"),
    UNKNOWN_VALUE("unknown-value", "'{0}' is not one of {1}", "'{0}' ไม่ใช่ค่าที่กำหนด ({1})"),
    NOT_A_NUMBER("not-a-number", "'{0}' is not a number", "'{0}' ไม่ใช่ตัวเลข"),
    NOT_AN_INTEGER("not-an-integer", "'{0}' is not a whole number", "'{0}' ไม่ใช่จำนวนเต็ม"),
    NOT_A_DATE("not-a-date", "'{0}' is not a date (YYYY-MM-DD)", "'{0}' ไม่ใช่วันที่ (ปปปป-ดด-วว ค.ศ.)"),
    NOT_JSON("not-json", "The cell must hold JSON ({0})", "ช่องนี้ต้องเป็นข้อมูล JSON ({0})"),
    MISSING_SHEET("missing-sheet", "The sheet '{0}' is missing", "ไม่พบแผ่นงาน '{0}'"),
    MISSING_COLUMN("missing-column", "Sheet '{0}' has no column '{1}'", "แผ่นงาน '{0}' ไม่มีคอลัมน์ '{1}'"),
    UNKNOWN_INDICATOR("unknown-indicator", "Indicator {0} is not in the indicators sheet",
            "ไม่พบตัวชี้วัด {0} ในแผ่นงาน indicators"),
    UPLOAD_PROBLEMS("upload-problems", "{0} problem(s) in the uploaded file; see errors.",
            "พบปัญหา {0} รายการในไฟล์ที่อัปโหลด ดูรายละเอียดใน errors"),
    NOT_UTF8("not-utf8", "The CSV is not UTF-8 text", "ไฟล์ CSV ต้องเป็นข้อความ UTF-8"),
    CSV_WITHOUT_SHEET_COLUMN("csv-without-sheet-column", "The first line must be a header with a 'sheet' column",
            "บรรทัดแรกต้องเป็นหัวตารางที่มีคอลัมน์ 'sheet'"),
    UNTERMINATED_QUOTE("unterminated-quote", "A quoted cell is not closed", "มีช่องข้อมูลที่เปิดเครื่องหมายคำพูดแต่ไม่ได้ปิด"),
    NOT_XLSX("not-xlsx", "The upload is not a readable .xlsx workbook: {0}",
            "ไฟล์ที่อัปโหลดไม่ใช่ไฟล์ Excel (.xlsx) ที่อ่านได้: {0}"),
    WORKBOOK_TRUNCATED("workbook-truncated", "The workbook is cut off (its end is missing); upload the whole file again.",
            "ไฟล์ Excel ไม่ครบ (ส่วนท้ายของไฟล์หายไป) กรุณาอัปโหลดไฟล์ทั้งไฟล์อีกครั้ง"),
    WORKBOOK_TOO_LARGE("workbook-too-large", "The workbook unpacks to more than {0} bytes; a catalogue needs far less.",
            "ไฟล์ Excel เมื่อขยายแล้วมีขนาดเกิน {0} ไบต์ ซึ่งมากเกินกว่าที่ชุดตัวชี้วัดต้องใช้"),
    WORKBOOK_TOO_COMPRESSED("workbook-too-compressed",
            "The workbook unpacks to more than {0} times its size, which no real workbook does; it is refused.",
            "ไฟล์ Excel เมื่อขยายแล้วมีขนาดเกิน {0} เท่าของไฟล์ ซึ่งไฟล์ปกติไม่เป็นเช่นนี้ จึงไม่รับไฟล์นี้"),
    CELL_TOO_LONG("cell-too-long", "The text is {0} characters; an Excel cell holds at most {1}. Export as JSON instead.",
            "ข้อความยาว {0} ตัวอักษร เกินที่ช่องของ Excel รับได้ ({1}) ให้ส่งออกเป็น JSON แทน"),
    DOES_NOT_FIT_XLSX("does-not-fit-xlsx", "The catalogue does not fit an .xlsx workbook",
            "ชุดตัวชี้วัดนี้ส่งออกเป็นไฟล์ .xlsx ไม่ได้"),
    UPLOAD_TOO_LARGE("upload-too-large", "The upload is {0} bytes; at most {1} are accepted.",
            "ไฟล์มีขนาด {0} ไบต์ รับได้ไม่เกิน {1} ไบต์"),
    SEARCH_INVALID("search-invalid", "The search parameters are not valid.", "เงื่อนไขการค้นหาไม่ถูกต้อง"),
    REQUIRED("required", "required", "ต้องระบุ"),
    CODE_MISMATCH("code-mismatch", "The body's code must be the path's, {0}", "รหัสตัวชี้วัดในข้อมูลต้องตรงกับใน URL ({0})"),

    // Use cases.
    CATALOGUE_NOT_FOUND("catalogue-not-found", "Catalogue '{0}' does not exist or is not visible to you.",
            "ไม่พบชุดตัวชี้วัด '{0}' หรือท่านไม่มีสิทธิ์เข้าถึง"),
    INDICATOR_NOT_FOUND("indicator-not-found", "Indicator '{0}' does not exist or is not visible to you.",
            "ไม่พบตัวชี้วัด '{0}' หรือท่านไม่มีสิทธิ์เข้าถึง"),
    CATALOGUE_INVALID("catalogue-invalid", "The catalogue breaks validation rules: {0} error(s); see errors.",
            "ชุดตัวชี้วัดไม่ผ่านการตรวจสอบ พบข้อผิดพลาด {0} รายการ ดูรายละเอียดใน errors"),
    NOT_DRAFT("not-draft", "Catalogue {0} is {1}; only drafts can be changed. Copy it into a new draft.",
            "ชุดตัวชี้วัด {0} มีสถานะ {1} แก้ไขได้เฉพาะฉบับร่าง ให้คัดลอกเป็นฉบับร่างใหม่"),
    DRAFT_EXISTS("draft-exists", "Catalogue {0} already has a draft ({1}, version {2}); edit or delete it first.",
            "ชุดตัวชี้วัด {0} มีฉบับร่างอยู่แล้ว ({1} ฉบับที่ {2}) ให้แก้ไขหรือลบฉบับร่างนั้นก่อน"),
    DRAFT_KEEPS_YEAR_AND_LEVEL("draft-keeps-year-and-level", "A draft keeps its fiscal year and level ({0}).",
            "ฉบับร่างต้องคงปีงบประมาณและระดับเดิม ({0})"),
    INDICATOR_HAS_CHILDREN("indicator-has-children", "Indicator {0} has children {1}; remove or move them first.",
            "ตัวชี้วัด {0} มีตัวชี้วัดย่อย {1} ให้ลบหรือย้ายตัวชี้วัดย่อยก่อน"),
    DRAFT_NOT_ARCHIVED("draft-not-archived", "Catalogue {0} is a draft; delete it instead of archiving it.",
            "ชุดตัวชี้วัด {0} เป็นฉบับร่าง ให้ลบแทนการเก็บเข้าคลัง"),
    DRAFT_NOT_COPIED("draft-not-copied", "Catalogue {0} is a draft; only published versions are copied.",
            "ชุดตัวชี้วัด {0} เป็นฉบับร่าง คัดลอกได้เฉพาะฉบับที่ประกาศใช้แล้ว"),
    TOO_LARGE_TO_ANNOUNCE("too-large-to-announce",
            "The catalogue is too large to announce: the catalogue.published payload would be {0} bytes; the limit is {1}.",
            "ชุดตัวชี้วัดมีขนาดใหญ่เกินกว่าจะประกาศผ่านเหตุการณ์ได้ ข้อมูลเหตุการณ์มีขนาด {0} ไบต์ เกินขีดจำกัด {1} ไบต์");

    private final Entry entry;

    IndicatorMessage(String code, String english, String thai) {
        entry = new Entry(code, english, thai);
    }

    @Override
    public Entry entry() {
        return entry;
    }

    /** Examples of the API's documentation (annotation values must be constants). */
    public static final class Examples {

        /** The smallest catalogue the API accepts. */
        public static final String CATALOGUE = """
                {"fiscalYear": 2012, "level": "OBEC_AGREEMENT", "title": "ตัวชี้วัดตามคำรับรองการปฏิบัติราชการ พ.ศ. 2555",
                 "belowLevelOnePolicy": "ONE",
                 "rounds": [{"round": 12, "label": "รอบ 12 เดือน", "periodEnd": "2012-09-30", "deadline": "2012-10-15"}],
                 "bands": [{"code": "STANDARD", "labelTh": "ระดับมาตรฐาน", "labelEn": "Standard", "minPercent": 0}],
                 "indicators": [{"code": "3.1.3", "parentCode": null, "name": "ระดับคะแนนเฉลี่ย O-NET ป.6 ภาษาไทย", "unit": "ระดับ",
                   "weight": 0.77, "criterion": {"type": "THRESHOLD", "thresholds": [34.58, 36.58, 38.58, 40.58, 42.58], "step": 2},
                   "baselines": [{"fiscalYear": 2010, "value": 38.58, "unit": "ระดับ", "text": "38.58"}]}]}
                """;

        /** One indicator of {@link #CATALOGUE}, as the indicator editors take it. */
        public static final String INDICATOR = """
                {"code": "3.1.3", "parentCode": null, "name": "ระดับคะแนนเฉลี่ย O-NET ป.6 ภาษาไทย", "unit": "ระดับ", "weight": 0.77,
                 "criterion": {"type": "THRESHOLD", "thresholds": [34.58, 36.58, 38.58, 40.58, 42.58], "step": 2},
                 "baselines": [{"fiscalYear": 2010, "value": 38.58, "unit": "ระดับ", "text": "38.58"}]}
                """;
        public static final String TITLE = "ตัวชี้วัดตามคำรับรองการปฏิบัติราชการ พ.ศ. 2554";
        public static final String INDICATOR_NAME = "ระดับคะแนนเฉลี่ย O-NET ป.6 ภาษาไทย";
        public static final String UNIT = "ระดับ";
        public static final String FINDING = "Unit is 'ระดับ' but the formula multiplies by 100; a percentage (ร้อยละ) is "
                + "the one multiplied by 100";
        public static final String FINDING_TH = "หน่วยวัดคือ 'ระดับ' แต่สูตรคูณด้วย 100 (ร้อยละคือสูตรที่คูณด้วย 100)";

        private Examples() {
        }
    }
}
