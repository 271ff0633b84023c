package io.edukpi.scoring.domain;

import io.edukpi.commons.message.Message;

/**
 * Every text scoring-service shows people, in English and Thai: what is wrong with a scoring input
 * (the findings of the engine and of the evaluate endpoint), and the details of its own problems.
 * Listed in docs/problems.md.
 */
public enum ScoringMessage implements Message {

    // Criteria.
    THRESHOLDS_NOT_FIVE("thresholds-not-five", "exactly five thresholds T1..T5 are required",
            "ต้องกำหนดเกณฑ์ 5 ระดับ (T1 ถึง T5)"),
    THRESHOLD_MISSING("threshold-missing", "threshold T{0} is missing", "ไม่ได้กำหนดเกณฑ์ระดับ {0}"),
    THRESHOLDS_NOT_ORDERED("thresholds-not-ordered",
            "thresholds must be strictly increasing (higher is better) or strictly decreasing (lower is better); "
                    + "T{0} = {1} breaks the order after T{2} = {3}",
            "เกณฑ์ต้องเรียงจากน้อยไปมาก หรือจากมากไปน้อยอย่างเคร่งครัด T{0} = {1} ไม่เป็นไปตามลำดับต่อจาก T{2} = {3}"),
    STEP_NOT_POSITIVE("step-not-positive", "the step must be positive", "ช่วงการปรับเกณฑ์ต้องมากกว่าศูนย์"),
    THRESHOLDS_NOT_ARRAY("thresholds-not-array", "thresholds must be an array of five numbers",
            "เกณฑ์ต้องเป็นรายการตัวเลข 5 ค่า"),
    THRESHOLDS_RUN_UPWARDS("thresholds-run-upwards", "the thresholds run upwards but the indicator is {0}",
            "เกณฑ์เรียงจากน้อยไปมาก ซึ่งไม่สอดคล้องกับทิศทางของตัวชี้วัด ({0})"),
    THRESHOLDS_RUN_DOWNWARDS("thresholds-run-downwards", "the thresholds run downwards but the indicator is {0}",
            "เกณฑ์เรียงจากมากไปน้อย ซึ่งไม่สอดคล้องกับทิศทางของตัวชี้วัด ({0})"),
    TARGET_REQUIRED("target-required", "a pass/fail criterion needs a target", "เกณฑ์แบบสำเร็จ/ไม่สำเร็จต้องมีค่าเป้าหมาย"),
    SCORE_OUT_OF_RANGE("score-out-of-range", "a score must lie between 0 and 5", "คะแนนต้องอยู่ระหว่าง 0 ถึง 5"),
    MILESTONE_STEPS("milestone-steps", "a milestone criterion has one to five steps",
            "เกณฑ์แบบขั้นของความสำเร็จต้องมี 1 ถึง 5 ขั้น"),
    CRITERION_NOT_OBJECT("criterion-not-object", "a criterion is an object with a type",
            "เกณฑ์การให้คะแนนต้องเป็นออบเจกต์ที่ระบุชนิด (type)"),
    CRITERION_TYPE_UNKNOWN("criterion-type-unknown",
            "unknown criterion type '{0}'; expected THRESHOLD, PASS_FAIL or MILESTONE",
            "ไม่รู้จักชนิดของเกณฑ์ '{0}' (ต้องเป็น THRESHOLD, PASS_FAIL หรือ MILESTONE)"),

    // Results.
    VALUE_REQUIRED("value-required", "a numeric result is required", "ต้องระบุผลการดำเนินงานเป็นตัวเลข"),
    STEPS_COMPLETED_REQUIRED("steps-completed-required", "the steps completed are required",
            "ต้องระบุขั้นของความสำเร็จที่ดำเนินการแล้ว"),
    STEP_OUT_OF_RANGE("step-out-of-range", "steps are numbered 1 to {0}, got {1}",
            "ขั้นของความสำเร็จมีหมายเลข 1 ถึง {0} ไม่ใช่ {1}"),
    STEP_NOT_WHOLE("step-not-whole", "a step is a whole number", "ขั้นของความสำเร็จต้องเป็นจำนวนเต็ม"),
    REVIEWER_SCORE_OUT_OF_RANGE("reviewer-score-out-of-range", "a reviewer score must lie between 0 and 5",
            "คะแนนที่ผู้ประเมินให้ต้องอยู่ระหว่าง 0 ถึง 5"),
    REVIEWER_REASON_REQUIRED("reviewer-reason-required", "a reviewer score needs a written reason",
            "คะแนนที่ผู้ประเมินให้ต้องมีเหตุผลประกอบ"),
    NOT_A_NUMBER("not-a-number", "'{0}' is not a number", "'{0}' ไม่ใช่ตัวเลข"),
    NOT_WHOLE_NUMBER("not-whole-number", "{0} must be a whole number", "{0} ต้องเป็นจำนวนเต็ม"),
    NOT_ONE_OF("not-one-of", "'{0}' is not one of {1}", "'{0}' ไม่ใช่ค่าที่กำหนด {1}"),

    // Catalogues and trees of indicators.
    INDICATOR_NOT_IN_CATALOGUE("indicator-not-in-catalogue", "indicator {0} is not in catalogue version {1} ({2} {3})",
            "ไม่พบตัวชี้วัด {0} ในบัญชีตัวชี้วัดฉบับที่ {1} ({2} {3})"),
    ROUND_NOT_IN_CATALOGUE("round-not-in-catalogue", "round {0} is not in the catalogue; its rounds are {1}",
            "ไม่มีรอบการรายงาน {0} ในบัญชีตัวชี้วัดนี้ (มีรอบ {1})"),
    WEIGHT_REQUIRED("weight-required", "indicator {0} has no weight", "ตัวชี้วัด {0} ไม่มีน้ำหนัก"),
    CRITERION_REQUIRED("criterion-required", "indicator {0} takes a result but has no scoring criterion",
            "ตัวชี้วัด {0} ไม่มีเกณฑ์การให้คะแนน"),
    INDICATOR_TAKES_NO_RESULT("indicator-takes-no-result", "{0} is scored from its children and takes no result",
            "ตัวชี้วัด {0} คำนวณจากตัวชี้วัดย่อย ไม่รับผลการดำเนินงาน"),
    WHAT_IF_NOT_LEAF("what-if-not-leaf", "{0} is scored from its children; ask about one of them",
            "ตัวชี้วัด {0} คำนวณจากตัวชี้วัดย่อย กรุณาระบุตัวชี้วัดย่อย"),
    WHAT_IF_NOT_COUNTED("what-if-not-counted", "{0} does not count in round {1} ({2}): its result cannot move the total",
            "ตัวชี้วัด {0} ไม่นับคะแนนในรอบ {1} ({2}) ผลการดำเนินงานของตัวชี้วัดนี้จึงไม่ทำให้คะแนนรวมเปลี่ยน"),
    WHAT_IF_ONE_TARGET("what-if-one-target", "give exactly one of targetTotal (0 to 5) and targetBand",
            "ต้องระบุคะแนนรวมเป้าหมาย targetTotal (0 ถึง 5) หรือระดับผลการประเมินเป้าหมาย targetBand อย่างใดอย่างหนึ่ง"),
    NOTHING_TO_EVALUATE("nothing-to-evaluate",
            "give a criterion, an indicatorCode of a published catalogue, or a tree of indicators",
            "ต้องระบุเกณฑ์การให้คะแนน รหัสตัวชี้วัด หรือโครงสร้างตัวชี้วัด"),
    TREE_SIZE("tree-size", "indicators must be a list of 1 to {0} indicators", "ต้องระบุตัวชี้วัด 1 ถึง {0} รายการ"),
    INDICATOR_NOT_IN_TREE("indicator-not-in-tree", "no indicator {0} in the tree", "ไม่มีตัวชี้วัด {0} ในโครงสร้าง"),
    INDICATOR_CODE_REQUIRED("indicator-code-required", "a code is required", "ต้องระบุรหัสตัวชี้วัด"),
    INDICATOR_CODE_TWICE("indicator-code-twice", "code {0} appears twice", "รหัสตัวชี้วัด {0} ซ้ำ"),
    INDICATOR_CYCLE("indicator-cycle", "indicator {0} is its own ancestor",
            "ตัวชี้วัด {0} เป็นบรรพบุรุษของตัวเอง (วนซ้ำ)"),
    TREE_TOO_DEEP("tree-too-deep", "indicator {0} lies more than {1} levels below its top indicator",
            "ตัวชี้วัด {0} อยู่ลึกกว่า {1} ระดับจากตัวชี้วัดหลัก"),
    WEIGHT_OUT_OF_RANGE("weight-out-of-range", "a weight must be above 0 and at most {0}",
            "น้ำหนักต้องมากกว่า 0 และไม่เกิน {0}"),
    BAND_PERCENT_OUT_OF_RANGE("band-percent-out-of-range", "minPercent must lie between 0 and 100",
            "ค่าร้อยละขั้นต่ำต้องอยู่ระหว่าง 0 ถึง 100"),
    BANDS_NOT_DESCENDING("bands-not-descending",
            "bands are listed highest first: minPercent {0} must lie below the {1} before it",
            "ต้องเรียงระดับผลการประเมินจากสูงไปต่ำ ค่าร้อยละขั้นต่ำ {0} ต้องน้อยกว่า {1} ของระดับก่อนหน้า"),
    NOT_AN_OBJECT("not-an-object", "{0} must be a JSON object", "{0} ต้องเป็นออบเจกต์ JSON"),
    NOT_AN_ARRAY("not-an-array", "{0} must be a JSON array", "{0} ต้องเป็นรายการ (JSON array)"),
    BAND_UNKNOWN("band-unknown", "no band {0}", "ไม่มีระดับผลการประเมิน {0}"),
    TARGET_TOTAL_REQUIRED("target-total-required", "give targetTotal or targetBand",
            "ต้องระบุคะแนนรวมเป้าหมาย หรือระดับผลการประเมินเป้าหมาย"),
    BODY_NOT_OBJECT("body-not-object", "expected a JSON object", "ต้องเป็นออบเจกต์ JSON"),

    // Recalculation requests.
    BODY_REQUIRED("body-required", "body required", "ต้องมีข้อมูล"),
    FISCAL_YEAR_REQUIRED("fiscal-year-required", "fiscalYear is required", "ต้องระบุปีงบประมาณ"),
    ROUND_REQUIRED("round-required", "round is required", "ต้องระบุรอบการรายงาน"),
    CATALOGUE_VERSION_MINIMUM("catalogue-version-minimum", "catalogueVersion starts at 1",
            "ฉบับของบัญชีตัวชี้วัดเริ่มที่ 1"),
    NOT_AN_OFFICE_CODE("not-an-office-code", "not an office code: {0}", "รหัสสำนักงานเขตพื้นที่ไม่ถูกต้อง: {0}"),
    CATALOGUE_VERSION_UNKNOWN("catalogue-version-unknown", "no published catalogue version {0} of {1} {2}",
            "ไม่พบบัญชีตัวชี้วัดฉบับที่ {0} ของปีงบประมาณ {1} ระดับ {2}"),
    CATALOGUE_NOT_THAT_VERSION("catalogue-not-that-version", "catalogue {0} is not version {1}",
            "รหัสบัญชีตัวชี้วัด {0} ไม่ตรงกับฉบับที่ {1}"),
    CATALOGUE_UNKNOWN("catalogue-unknown", "no published catalogue {0}", "ไม่พบบัญชีตัวชี้วัด {0}"),
    CATALOGUE_OF_OTHER_YEAR("catalogue-of-other-year", "catalogue {0} belongs to {1} {2}",
            "บัญชีตัวชี้วัด {0} เป็นของปีงบประมาณ {1} ระดับ {2}"),

    // Query parameters of the reads.
    FORMAT_UNKNOWN("format-unknown", "csv or json", "csv หรือ json"),
    ACCEPT_UNREADABLE("accept-unreadable", "not a list of media types", "ไม่ใช่รายการชนิดข้อมูล (media type)"),
    NOT_A_CURSOR("not-a-cursor", "not a cursor: {0}", "ไม่ใช่ค่า cursor: {0}"),
    LIMIT_OUT_OF_RANGE("limit-out-of-range", "1 to 1000", "1 ถึง 1000"),

    // What-if answers: {0} indicator, {1} result, {2} its score, {3} total, {4} percent, {5} band.
    WHAT_IF_AT_LEAST("what-if-at-least",
            "Indicator {0} needs a result of at least {1} (score {2}): the total becomes {3} ({4} %, {5}).",
            "ตัวชี้วัด {0} ต้องได้ผลการดำเนินงานอย่างน้อย {1} (คะแนน {2}) คะแนนรวมจะเป็น {3} (ร้อยละ {4} {5})"),
    WHAT_IF_AT_MOST("what-if-at-most",
            "Indicator {0} needs a result of at most {1} (score {2}): the total becomes {3} ({4} %, {5}).",
            "ตัวชี้วัด {0} ต้องได้ผลการดำเนินงานไม่เกิน {1} (คะแนน {2}) คะแนนรวมจะเป็น {3} (ร้อยละ {4} {5})"),
    WHAT_IF_STEPS("what-if-steps",
            "Indicator {0} needs steps 1 to {1} completed in order (score {2}): the total becomes {3} ({4} %, {5}).",
            "ตัวชี้วัด {0} ต้องดำเนินการขั้นที่ 1 ถึง {1} สำเร็จตามลำดับ (คะแนน {2}) คะแนนรวมจะเป็น {3} (ร้อยละ {4} {5})"),
    WHAT_IF_ANY_RESULT("what-if-any-result",
            "Any result of indicator {0} reaches the target: its lowest score {2} gives a total of {3} ({4} %, {5}).",
            "ผลการดำเนินงานใดของตัวชี้วัด {0} ก็ถึงเป้าหมาย แม้ได้คะแนนต่ำสุด {2} คะแนนรวมจะเป็น {3} (ร้อยละ {4} {5})"),
    WHAT_IF_ALREADY_MET("what-if-already-met",
            "The office's results already reach the target: indicator {0} is at {1} (score {2}), the total {3} ({4} %, {5}).",
            "ผลการดำเนินงานของสำนักงานถึงเป้าหมายแล้ว ตัวชี้วัด {0} ได้ {1} (คะแนน {2}) คะแนนรวม {3} (ร้อยละ {4} {5})"),
    WHAT_IF_UNREACHABLE("what-if-unreachable",
            "Even the best result of indicator {0} ({1}, score {2}) gives a total of only {3} ({4} %, {5}).",
            "แม้ตัวชี้วัด {0} จะได้ผลดีที่สุด ({1} คะแนน {2}) คะแนนรวมจะเป็นเพียง {3} (ร้อยละ {4} {5}) ซึ่งยังไม่ถึงเป้าหมาย"),

    // Details of problems.
    INPUT_INVALID("input-invalid", "The scoring input is not valid: {0}", "ข้อมูลสำหรับการคำนวณคะแนนไม่ถูกต้อง: {0}"),
    BODY_NOT_OBJECT_DETAIL("body-not-object-detail", "The body must be a JSON object.",
            "เนื้อหาคำขอต้องเป็นออบเจกต์ JSON"),
    BODY_REQUIRED_DETAIL("body-required-detail", "A JSON body is required.", "ต้องส่งข้อมูล JSON"),
    RECALCULATION_INVALID("recalculation-invalid", "The recalculation request is not valid.",
            "คำขอคำนวณคะแนนใหม่ไม่ถูกต้อง"),
    FORMAT_UNKNOWN_DETAIL("format-unknown-detail", "format is csv or json.", "format ต้องเป็น csv หรือ json"),
    ACCEPT_UNREADABLE_DETAIL("accept-unreadable-detail",
            "Accept must list media types: application/json or text/csv (or use format=json or format=csv).",
            "Accept ต้องระบุชนิดข้อมูล application/json หรือ text/csv (หรือใช้ format=json หรือ format=csv)"),
    CURSOR_INVALID("cursor-invalid", "since must be a cursor from an earlier answer (nextCursor).",
            "since ต้องเป็นค่า nextCursor จากคำตอบก่อนหน้า"),
    LIMIT_INVALID("limit-invalid", "limit must lie between 1 and 1000.", "limit ต้องอยู่ระหว่าง 1 ถึง 1000"),
    ROUND_NOT_CLOSED("round-not-closed", "Round {0} of {1} is not closed: rankings are published when it closes.",
            "รอบการรายงานที่ {0} ของปี {1} ยังไม่ปิด จะประกาศผลการจัดลำดับเมื่อปิดรอบแล้ว"),
    OFFICE_SCORES_NOT_FOUND("office-scores-not-found",
            "Scores of office '{0}' do not exist or are not visible to you.",
            "ไม่พบคะแนนของสำนักงานเขตพื้นที่ '{0}' หรือท่านไม่มีสิทธิ์เข้าถึง"),
    CATALOGUE_NOT_PUBLISHED("catalogue-not-published",
            "Catalogue of fiscal year {0} and level '{1}' does not exist or is not visible to you.",
            "ไม่พบบัญชีตัวชี้วัดปีงบประมาณ {0} ระดับ '{1}' หรือท่านไม่มีสิทธิ์เข้าถึง"),
    JOB_NOT_FOUND("job-not-found", "Recalculation job '{0}' does not exist or is not visible to you.",
            "ไม่พบงานคำนวณคะแนนใหม่ '{0}' หรือท่านไม่มีสิทธิ์เข้าถึง"),
    JOB_NOT_FINISHED("job-not-finished", "Job {0} has not finished ({1}).", "งานคำนวณคะแนนใหม่ {0} ยังไม่เสร็จ ({1})"),
    WHAT_IF_NOT_SCORED("what-if-not-scored", "Indicator {0} cannot move this scorecard's total: {1}",
            "ตัวชี้วัด {0} ไม่มีผลต่อคะแนนรวมของผลคะแนนนี้: {1}"),
    TOKEN_WITHOUT_OFFICE("token-without-office", "Your token names no office.",
            "โทเคนของท่านไม่ได้ระบุรหัสสำนักงานเขตพื้นที่");

    private final Entry entry;

    ScoringMessage(String code, String english, String thai) {
        entry = new Entry(code, english, thai);
    }

    @Override
    public Entry entry() {
        return entry;
    }
}
