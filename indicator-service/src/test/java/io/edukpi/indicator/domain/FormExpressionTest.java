package io.edukpi.indicator.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FormExpressionTest {

    private static final ReferenceForm SCHOOL = new ReferenceForm("S", ReferenceForm.Level.SCHOOL, "s", null,
            List.of(new ReferenceForm.Field("students", "นักเรียน", ReferenceForm.FieldType.INTEGER, null, true),
                    new ReferenceForm.Field("passed", "ผ่าน", ReferenceForm.FieldType.INTEGER, null, true),
                    new ReferenceForm.Field("name", "ชื่อ", ReferenceForm.FieldType.TEXT, null, true)),
            null, List.of(new ReferenceForm.Checklist("qa", "qa", List.of(new ReferenceForm.Item("a", "a"), new ReferenceForm.Item("b", "b")))),
            true, null);

    @Test
    void parsesTheWholeLanguage() {
        FormExpression.Expr e = FormExpression.parse(
                "(sum(schools, school.passed) * 100) / -(-count(schools where not (school.passed < 3 or school.passed >= school.students) and allDone(qa)))");
        assertEquals(List.of(), FormExpression.unknownNames(e, List.of(SCHOOL)));
    }

    @Test
    void reportsUnknownAndNonNumericNames() {
        FormExpression.Expr e = FormExpression.parse("sum(schools, school.name) + office.target + count(schools where allDone(x))");
        assertEquals(List.of("school.name is TEXT, not a number", "office.target is not a field of the AREA_OFFICE form",
                "checklist 'x' is not in the SCHOOL form"), FormExpression.unknownNames(e, List.of(SCHOOL)));
    }

    @Test
    void syntaxErrorsSayWhere() {
        FormExpression.SyntaxError e = assertThrows(FormExpression.SyntaxError.class, () -> FormExpression.parse("count(schools) +"));
        assertEquals(16, e.position());
        assertThrows(FormExpression.SyntaxError.class, () -> FormExpression.parse("school.x = 1"));
        assertThrows(FormExpression.SyntaxError.class, () -> FormExpression.parse("count(pupils)"));
        assertThrows(FormExpression.SyntaxError.class, () -> FormExpression.parse("1 2"));
        assertThrows(FormExpression.SyntaxError.class, () -> FormExpression.parse(""));
    }

    @Test
    void evaluatesOverSchools() {
        var schools = List.of(
                new FormExpression.SchoolValues(Map.of("students", BigDecimal.TEN, "passed", BigDecimal.valueOf(8)), Map.of("qa", Set.of("a", "b"))),
                new FormExpression.SchoolValues(Map.of("students", BigDecimal.TEN, "passed", BigDecimal.valueOf(2)), Map.of("qa", Set.of("a"))));
        Map<String, Set<String>> items = Map.of("qa", Set.of("a", "b"));
        assertEquals(0, BigDecimal.valueOf(50).compareTo(FormExpression.evaluate(FormExpression.parse(
                "sum(schools, school.passed) / sum(schools, school.students) * 100"), Map.of(), schools, items)));
        assertEquals(0, BigDecimal.ONE.compareTo(FormExpression.evaluate(FormExpression.parse(
                "count(schools where allDone(qa) and school.passed > 5)"), Map.of(), schools, items)));
        assertNull(FormExpression.evaluate(FormExpression.parse("count(schools) / office.target"), Map.of(), schools, items));
        assertNull(FormExpression.evaluate(FormExpression.parse("1 / (count(schools) - 2)"), Map.of(), schools, items));
    }
}
