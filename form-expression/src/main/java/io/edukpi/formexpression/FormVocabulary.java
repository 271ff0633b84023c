package io.edukpi.formexpression;

import java.util.Map;
import java.util.Set;

/**
 * What an indicator's forms define, as far as {@link FormExpression#unknownNames} needs it: the field keys
 * of its AREA_OFFICE and SCHOOL forms with their types, the SCHOOL form's checklist keys, and whether
 * there is a SCHOOL form at all. Each service builds it from its own form types.
 */
public record FormVocabulary(Map<String, FieldType> officeFields, Map<String, FieldType> schoolFields,
        Set<String> schoolChecklists, boolean hasSchoolForm) {

    /** A field's type as the catalogue names it ({@code INTEGER}, {@code TEXT}, ...); only numeric ones compute. */
    public record FieldType(String name, boolean numeric) {
    }

    public FormVocabulary {
        officeFields = Map.copyOf(officeFields);
        schoolFields = Map.copyOf(schoolFields);
        schoolChecklists = Set.copyOf(schoolChecklists);
    }
}
