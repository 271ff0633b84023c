package io.edukpi.registry.domain;

import java.util.Arrays;
import java.util.List;

/**
 * The columns of a student record as MIS systems send it: the 16 key items (some items are two
 * columns, e.g. weight and height) plus the school the student is enrolled in. {@code header} is the
 * column title of the SchoolMIS student export, the default column mapping of an upload.
 */
public enum StudentField {
    SCHOOL_CODE("schoolCode", "รหัสโรงเรียน", true, 0),
    CITIZEN_ID("citizenId", "เลขประจำตัวประชาชน", true, 2),
    PREFIX("prefix", "คำนำหน้าชื่อ", false, 1),
    FIRST_NAME("firstName", "ชื่อ", true, 1),
    LAST_NAME("lastName", "นามสกุล", true, 1),
    BIRTH_DATE("birthDate", "วันเกิด", true, 3),
    CLASS_LEVEL("classLevel", "ชั้น", true, 4),
    STUDENT_NUMBER("studentNumber", "เลขประจำตัวนักเรียน", false, 5),
    WEIGHT_KG("weightKg", "น้ำหนัก", false, 6),
    HEIGHT_CM("heightCm", "ส่วนสูง", false, 6),
    HOUSE_CODE("houseCode", "รหัสประจำบ้าน", false, 7),
    ETHNICITY("ethnicity", "เชื้อชาติ", false, 8),
    NATIONALITY("nationality", "สัญชาติ", false, 9),
    RELIGION("religion", "ศาสนา", false, 10),
    DISABILITY("disability", "ความพิการ", false, 11),
    TRAVEL_MODE("travelMode", "การเดินทาง", false, 12),
    DISTANCE_KM("distanceKm", "ระยะทางจากบ้านถึงโรงเรียน", false, 13),
    SUBDISTRICT_CODE("subdistrictCode", "รหัสตำบล", false, 14),
    FATHER_NAME("fatherName", "ชื่อบิดา", false, 15),
    MOTHER_NAME("motherName", "ชื่อมารดา", false, 15),
    FATHER_ID("fatherId", "เลขประจำตัวประชาชนบิดา", false, 16),
    MOTHER_ID("motherId", "เลขประจำตัวประชาชนมารดา", false, 16);

    public static final List<StudentField> ALL = List.of(values());

    private final String json;
    private final String header;
    private final boolean required;
    private final int item;

    StudentField(String json, String header, boolean required, int item) {
        this.json = json;
        this.header = header;
        this.required = required;
        this.item = item;
    }

    /** The field's name in JSON and in a column mapping. */
    public String json() {
        return json;
    }

    /** The SchoolMIS export's column title. */
    public String header() {
        return header;
    }

    public boolean required() {
        return required;
    }

    /** Which of the 16 key student items this column belongs to (0: the school, not an item). */
    public int item() {
        return item;
    }

    public static java.util.Optional<StudentField> ofJson(String name) {
        return Arrays.stream(values()).filter(f -> f.json.equals(name)).findFirst();
    }
}
