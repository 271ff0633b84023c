package io.edukpi.indicator.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.edukpi.commons.problem.ProblemException;
import io.edukpi.indicator.domain.CatalogueValidator;

/** What the fuzzer sent as a catalogue's indicators (null, {}, no code): a finding, never an internal error. */
class MalformedIndicatorsTest {

    private static final String CATALOGUE = """
            {"fiscalYear": 2012, "level": "OBEC_AGREEMENT", "title": "t", "belowLevelOnePolicy": "ONE",
             "indicators": [%s]}
            """;

    private static List<String> findings(String indicators) {
        byte[] body = CATALOGUE.formatted(indicators).getBytes(StandardCharsets.UTF_8);
        try {
            return CatalogueValidator.validate(CatalogueJson.read(body)).stream().map(f -> f.field() + " " + f.code())
                    .toList();
        } catch (ProblemException e) {
            assertEquals(400, e.status());
            return e.findings().stream().map(f -> f.field() + " " + f.code()).toList();
        }
    }

    @Test
    void anIndicatorThatIsNotAnObjectIsRefusedWithItsIndex() {
        assertEquals(List.of("indicators[0] indicator-not-an-object", "indicators[2] indicator-not-an-object"),
                findings("null, {\"code\": \"1\", \"name\": \"n\", \"weight\": 1}, 7"));
    }

    @Test
    void anEmptyOrCodelessIndicatorIsReportedByTheValidator() {
        assertTrue(findings("{}").contains("indicators[#0].code malformed-code"), findings("{}").toString());
        assertTrue(findings("{\"name\": \"n\", \"weight\": 1}").contains("indicators[#0].code malformed-code"));
    }
}
