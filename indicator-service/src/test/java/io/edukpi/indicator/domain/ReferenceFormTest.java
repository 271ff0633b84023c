package io.edukpi.indicator.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.edukpi.formexpression.FormExpression;
import io.edukpi.formexpression.FormVocabulary;

class ReferenceFormTest {

    private static ReferenceForm form(ReferenceForm.Level level, List<ReferenceForm.Field> fields,
            List<ReferenceForm.Checklist> checklists) {
        return new ReferenceForm("F", level, "f", null, fields, null, checklists, true, null);
    }

    private static ReferenceForm.Field field(String key, ReferenceForm.FieldType type) {
        return new ReferenceForm.Field(key, key, type, null, true);
    }

    @Test
    void vocabularySplitsOfficeAndSchoolFormsAndTheFirstFormDefiningAKeyWins() {
        ReferenceForm.Checklist qa = new ReferenceForm.Checklist("qa", "qa", List.of(new ReferenceForm.Item("a", "a")));
        FormVocabulary v = ReferenceForm.vocabulary(List.of(
                form(ReferenceForm.Level.AREA_OFFICE, List.of(field("target", ReferenceForm.FieldType.INTEGER)), List.of()),
                form(ReferenceForm.Level.SCHOOL, List.of(field("name", ReferenceForm.FieldType.TEXT),
                        field("done", ReferenceForm.FieldType.BOOLEAN)), List.of(qa)),
                form(ReferenceForm.Level.SCHOOL, List.of(field("name", ReferenceForm.FieldType.DECIMAL)), List.of()),
                form(null, List.of(field("ghost", ReferenceForm.FieldType.INTEGER), field("untyped", null)), List.of())));
        assertEquals(Map.of("target", new FormVocabulary.FieldType("INTEGER", true)), v.officeFields());
        assertEquals(
                Map.of("name", new FormVocabulary.FieldType("TEXT", false), "done",
                        new FormVocabulary.FieldType("BOOLEAN", true)),
                v.schoolFields());
        assertEquals(Set.of("qa"), v.schoolChecklists());
        assertTrue(v.hasSchoolForm());
        assertEquals(List.of("school.name is TEXT, not a number", "office.ghost is not a field of the AREA_OFFICE form"),
                FormExpression.unknownNames(FormExpression.parse("sum(schools, school.name) + office.ghost"), v));
    }

    @Test
    void anOfficeOnlyIndicatorHasNoSchoolForm() {
        FormVocabulary v = ReferenceForm.vocabulary(List.of(
                form(ReferenceForm.Level.AREA_OFFICE, List.of(field("target", ReferenceForm.FieldType.INTEGER)), List.of())));
        assertFalse(v.hasSchoolForm());
        assertEquals(List.of("count(schools) needs a SCHOOL form"),
                FormExpression.unknownNames(FormExpression.parse("count(schools) / office.target"), v));
    }
}
