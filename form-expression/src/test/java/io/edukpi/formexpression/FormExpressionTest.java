package io.edukpi.formexpression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class FormExpressionTest {

    private static final FormVocabulary.FieldType INTEGER = new FormVocabulary.FieldType("INTEGER", true);

    private static final FormVocabulary SCHOOL = new FormVocabulary(Map.of(),
            Map.of("students", INTEGER, "passed", INTEGER, "name", new FormVocabulary.FieldType("TEXT", false)),
            Set.of("qa"), true);

    @Test
    void parsesTheWholeLanguage() {
        FormExpression.Expr e = FormExpression.parse(
                "(sum(schools, school.passed) * 100) / -(-count(schools where not (school.passed < 3 or school.passed >= school.students) and allDone(qa)))");
        assertEquals(List.of(), FormExpression.unknownNames(e, SCHOOL));
    }

    @Test
    void reportsUnknownAndNonNumericNames() {
        FormExpression.Expr e = FormExpression
                .parse("sum(schools, school.name) + office.target + count(schools where allDone(x))");
        assertEquals(List.of("school.name is TEXT, not a number", "office.target is not a field of the AREA_OFFICE form",
                "checklist 'x' is not in the SCHOOL form"), FormExpression.unknownNames(e, SCHOOL));
    }

    @Test
    void officeFieldsAndSchoolsNeedTheirForms() {
        FormVocabulary officeOnly = new FormVocabulary(Map.of("targetSchools", INTEGER), Map.of(), Set.of(), false);
        assertEquals(List.of(), FormExpression.unknownNames(FormExpression.parse("office.targetSchools * 2"), officeOnly));
        assertEquals(List.of("count(schools) needs a SCHOOL form", "school.passed is not a field of the SCHOOL form",
                "school.students is not a field of the SCHOOL form"),
                FormExpression.unknownNames(FormExpression.parse(
                        "count(schools where school.passed > school.students) / office.targetSchools"), officeOnly));
        assertEquals(List.of("office.targetSchools is not a field of the AREA_OFFICE form"),
                FormExpression.unknownNames(FormExpression.parse("office.targetSchools"), SCHOOL));
    }

    @Test
    void syntaxErrorsSayWhere() {
        FormExpression.SyntaxError e = assertThrows(FormExpression.SyntaxError.class,
                () -> FormExpression.parse("count(schools) +"));
        assertEquals(16, e.position());
        assertThrows(FormExpression.SyntaxError.class, () -> FormExpression.parse("school.x = 1"));
        assertThrows(FormExpression.SyntaxError.class, () -> FormExpression.parse("count(pupils)"));
        assertThrows(FormExpression.SyntaxError.class, () -> FormExpression.parse("1 2"));
        assertThrows(FormExpression.SyntaxError.class, () -> FormExpression.parse(""));
    }

    @Test
    void evaluatesOverSchools() {
        var schools = List.of(
                new FormExpression.SchoolValues(Map.of("students", BigDecimal.TEN, "passed", BigDecimal.valueOf(8)),
                        Map.of("qa", Set.of("a", "b"))),
                new FormExpression.SchoolValues(Map.of("students", BigDecimal.TEN, "passed", BigDecimal.valueOf(2)),
                        Map.of("qa", Set.of("a"))));
        Map<String, Set<String>> items = Map.of("qa", Set.of("a", "b"));
        assertEquals(0, BigDecimal.valueOf(50).compareTo(FormExpression.evaluate(FormExpression.parse(
                "sum(schools, school.passed) / sum(schools, school.students) * 100"), Map.of(), schools, items)));
        assertEquals(0, BigDecimal.ONE.compareTo(FormExpression.evaluate(FormExpression.parse(
                "count(schools where allDone(qa) and school.passed > 5)"), Map.of(), schools, items)));
        assertNull(FormExpression.evaluate(FormExpression.parse("count(schools) / office.target"), Map.of(), schools, items));
        assertNull(FormExpression.evaluate(FormExpression.parse("1 / (count(schools) - 2)"), Map.of(), schools, items));
    }
}
