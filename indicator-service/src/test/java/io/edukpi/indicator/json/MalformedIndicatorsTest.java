package io.edukpi.indicator.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
    void nullBandsAndRoundsAndIndicatorsThatAreNoListAreRefusedWithTheirPlace() {
        String withNulls = """
                {"fiscalYear": 2012, "level": "OBEC_AGREEMENT", "title": "t", "belowLevelOnePolicy": "ONE",
                 "indicators": [], "bands": [null], "rounds": [{"round": 12, "periodEnd": "2012-09-30", "deadline": "2012-10-15"}, 3]}
                """;
        ProblemException refused = assertThrows(ProblemException.class,
                () -> CatalogueJson.read(withNulls.getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("bands[0] element-not-an-object", "rounds[1] element-not-an-object"),
                refused.findings().stream().map(f -> f.field() + " " + f.code()).toList());
        String indicatorsAsObject = CATALOGUE.replace("[%s]", "{\"a\": {}}");
        ProblemException wrongType = assertThrows(ProblemException.class,
                () -> CatalogueJson.read(indicatorsAsObject.getBytes(StandardCharsets.UTF_8)));
        assertEquals(400, wrongType.status());
    }

    @Test
    void anEmptyOrCodelessIndicatorIsReportedByTheValidator() {
        assertTrue(findings("{}").contains("indicators[#0].code malformed-code"), findings("{}").toString());
        assertTrue(findings("{\"name\": \"n\", \"weight\": 1}").contains("indicators[#0].code malformed-code"));
    }
}
