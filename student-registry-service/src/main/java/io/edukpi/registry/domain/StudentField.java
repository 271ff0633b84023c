package io.edukpi.registry.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The columns of a student record as MIS systems send it: the 16 key items (some items are two
 * columns, e.g. weight and height) plus the school the student is enrolled in. {@code header} is the
 * column title of the SchoolMIS student export, the default column mapping of an upload.
 */
public enum StudentField {
    SCHOOL_CODE("schoolCode", RegistryMessage.COLUMN_SCHOOL_CODE, true, 0),
    CITIZEN_ID("citizenId", RegistryMessage.COLUMN_CITIZEN_ID, true, 2),
    PREFIX("prefix", RegistryMessage.COLUMN_PREFIX, false, 1),
    FIRST_NAME("firstName", RegistryMessage.COLUMN_FIRST_NAME, true, 1),
    LAST_NAME("lastName", RegistryMessage.COLUMN_LAST_NAME, true, 1),
    BIRTH_DATE("birthDate", RegistryMessage.COLUMN_BIRTH_DATE, true, 3),
    CLASS_LEVEL("classLevel", RegistryMessage.COLUMN_CLASS_LEVEL, true, 4),
    STUDENT_NUMBER("studentNumber", RegistryMessage.COLUMN_STUDENT_NUMBER, false, 5),
    WEIGHT_KG("weightKg", RegistryMessage.COLUMN_WEIGHT, false, 6),
    HEIGHT_CM("heightCm", RegistryMessage.COLUMN_HEIGHT, false, 6),
    HOUSE_CODE("houseCode", RegistryMessage.COLUMN_HOUSE_CODE, false, 7),
    ETHNICITY("ethnicity", RegistryMessage.COLUMN_ETHNICITY, false, 8),
    NATIONALITY("nationality", RegistryMessage.COLUMN_NATIONALITY, false, 9),
    RELIGION("religion", RegistryMessage.COLUMN_RELIGION, false, 10),
    DISABILITY("disability", RegistryMessage.COLUMN_DISABILITY, false, 11),
    TRAVEL_MODE("travelMode", RegistryMessage.COLUMN_TRAVEL_MODE, false, 12),
    DISTANCE_KM("distanceKm", RegistryMessage.COLUMN_DISTANCE, false, 13),
    SUBDISTRICT_CODE("subdistrictCode", RegistryMessage.COLUMN_SUBDISTRICT_CODE, false, 14),
    FATHER_NAME("fatherName", RegistryMessage.COLUMN_FATHER_NAME, false, 15),
    MOTHER_NAME("motherName", RegistryMessage.COLUMN_MOTHER_NAME, false, 15),
    FATHER_ID("fatherId", RegistryMessage.COLUMN_FATHER_ID, false, 16),
    MOTHER_ID("motherId", RegistryMessage.COLUMN_MOTHER_ID, false, 16);

    public static final List<StudentField> ALL = List.of(values());

    private final String json;
    private final RegistryMessage header;
    private final boolean required;
    private final int item;

    StudentField(String json, RegistryMessage header, boolean required, int item) {
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
        return header.thai();
    }

    public boolean required() {
        return required;
    }

    /** Which of the 16 key student items this column belongs to (0: the school, not an item). */
    public int item() {
        return item;
    }

    public static Optional<StudentField> ofJson(String name) {
        return Arrays.stream(values()).filter(f -> f.json.equals(name)).findFirst();
    }
}
