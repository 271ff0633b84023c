package io.edukpi.indicator.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.edukpi.commons.problem.ProblemException;
import io.edukpi.indicator.domain.Criterion;

/** Commons' input limits on the catalogue's own mapper: refused with the field, never an internal error. */
class CatalogueJsonLimitsTest {

    private static final String CATALOGUE = """
            {"fiscalYear": 2012, "level": "OBEC_AGREEMENT", "title": "ชุดทดสอบ", "belowLevelOnePolicy": "ONE",
             "notes": [%s],
             "indicators": [{"code": "3.1", "name": "กลุ่ม", "unit": "ระดับ", "weight": 1},
               {"code": "3.1.4", "parentCode": "3.1", "name": %s, "unit": "ระดับ", "weight": %s,
                "criterion": {"type": "THRESHOLD", "thresholds": [1, 2, 3, 4, 5], "step": %s}}]}
            """;

    private static List<String> refused(String notes, String name, String weight, String step) {
        byte[] body = CATALOGUE.formatted(notes, name, weight, step).getBytes(StandardCharsets.UTF_8);
        ProblemException e = assertThrows(ProblemException.class, () -> CatalogueJson.read(body));
        assertEquals(400, e.status());
        return e.findings().stream().map(f -> f.field() + " " + f.code()).toList();
    }

    @Test
    void aNumberTheParserCannotHoldIsRefusedWithItsIndicatorsPath() {
        assertEquals(List.of("indicators[3.1.4].criterion.step number-out-of-range"),
                refused("", "\"x\"", "1", "1E+2147483648"));
        assertEquals(List.of("indicators[3.1.4].weight number-out-of-range"),
                refused("", "\"x\"", "-1e-2147483649", "1"));
    }

    @Test
    void aCriterionThatIsAnOverflowingNumberIsRefusedToo() {
        byte[] body = CATALOGUE.formatted("", "\"x\"", "1", "1")
                .replace("\"criterion\": {", "\"criterion\": 1E+2147483648, \"x\": {")
                .getBytes(StandardCharsets.UTF_8);
        ProblemException e = assertThrows(ProblemException.class, () -> CatalogueJson.read(body));
        assertEquals(400, e.status());
        assertEquals("indicators[3.1.4].criterion", e.findings().get(0).field());
        assertEquals("number-out-of-range", e.findings().get(0).code());
    }

    @Test
    void numbersBeyondTheLimitsAndControlCharactersAreAllRefusedWithTheirFields() {
        assertEquals(List.of("notes[1] control-character", "indicators[3.1.4].name control-character",
                "indicators[3.1.4].weight number-out-of-range", "indicators[3.1.4].criterion.step number-out-of-range"),
                refused("\"ok\", \"bell\\u0007\"", "\"ชื่อ\\u0000\"", "1e31", "0.1234567890123456789012345678901234567890123"));
    }

    @Test
    void anIndicatorBodyIsCheckedTheSameWay() {
        byte[] body = "{\"code\": \"1\", \"name\": \"a\\u001b[31m\", \"baselines\": [{\"fiscalYear\": 2010, \"value\": 1e-31}]}"
                .getBytes(StandardCharsets.UTF_8);
        ProblemException e = assertThrows(ProblemException.class, () -> CatalogueJson.readObject(body));
        assertEquals(List.of("name control-character", "baselines[0].value number-out-of-range"),
                e.findings().stream().map(f -> f.field() + " " + f.code()).toList());
    }

    @Test
    void numbersWithinTheLimitsKeepTheirValue() {
        var c = CatalogueJson.read(CATALOGUE.formatted("", "\"x\"", "0.77", "123456789012345678901234567890.5")
                .getBytes(StandardCharsets.UTF_8));
        assertEquals("123456789012345678901234567890.5",
                ((Criterion.Threshold) c.indicators().get(1).criterion()).step().toPlainString());
    }
}
