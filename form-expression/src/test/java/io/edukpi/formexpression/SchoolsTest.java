package io.edukpi.formexpression;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.edukpi.formexpression.FormExpression.SchoolValues;

/** count(...) and sum(...) over four schools chosen so that a wrong condition precedence changes the count. */
class SchoolsTest {

    /** The checklist "qa" has the items a and b; "empty" has none. */
    private static final Map<String, Set<String>> CHECKLISTS = Map.of("qa", Set.of("a", "b"), "empty", Set.of());

    private static final List<SchoolValues> SCHOOLS = List.of(
            school(Map.of("students", 10, "passed", 8), Set.of("a", "b")),
            school(Map.of("students", 10, "passed", 2), Set.of("a")),
            school(Map.of("students", 5, "passed", 5), Set.of()),
            // "passed" not filled in yet
            school(Map.of("students", 4), Set.of("a", "b")));

    private static SchoolValues school(Map<String, Integer> fields, Set<String> qaDone) {
        Map<String, BigDecimal> numbers = new HashMap<>();
        fields.forEach((k, v) -> numbers.put(k, BigDecimal.valueOf(v)));
        return new SchoolValues(numbers, Map.of("qa", qaDone));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            count(schools)                                                       | 4
            # comparisons with a number; a missing field never compares
            count(schools where school.passed > 5)                               | 1
            count(schools where school.passed >= 5)                              | 2
            count(schools where school.passed < 5)                               | 1
            count(schools where school.passed <= 2)                              | 1
            count(schools where school.passed == 5)                              | 1
            count(schools where school.passed != 5)                              | 2
            count(schools where school.passed > 4.5)                             | 2
            # ... with another field
            count(schools where school.passed == school.students)                | 1
            count(schools where school.passed < school.students)                 | 2
            # a missing field makes the comparison false, so its negation true
            count(schools where not (school.passed > 5))                         | 3
            # allDone: every item of the checklist; a checklist without items is always done
            count(schools where allDone(qa))                                     | 2
            count(schools where allDone(empty))                                  | 4
            count(schools where allDone(unknown))                                | 4
            # "and" binds tighter than "or", "not" tighter than "and"
            count(schools where allDone(qa) and school.passed > 5)               | 1
            count(schools where allDone(qa) or school.passed > 5)                | 2
            count(schools where school.passed < 3 or school.passed > 7 and allDone(qa))   | 2
            count(schools where (school.passed < 3 or school.passed > 7) and allDone(qa)) | 1
            count(schools where not allDone(qa) and school.passed > 1)           | 2
            count(schools where not (allDone(qa) and school.passed > 1))         | 3
            count(schools where not not allDone(qa))                             | 2
            # sum: a school that has not filled the field adds nothing
            sum(schools, school.passed)                                          | 15
            sum(schools, school.students)                                        | 29
            sum(schools, school.unknown)                                         | 0
            sum(schools, school.passed) * 100 / sum(schools, school.students)    | 51.72413793103448
            count(schools where allDone(qa)) / count(schools) * 100              | 50.0
            """)
    void evaluates(String expression, String expected) {
        assertEquals(new BigDecimal(expected),
                FormExpression.evaluate(FormExpression.parse(expression), Map.of(), SCHOOLS, CHECKLISTS));
    }
}
