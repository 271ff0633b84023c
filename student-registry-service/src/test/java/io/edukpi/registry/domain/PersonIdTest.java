package io.edukpi.registry.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PersonIdTest {

    @Test
    void acceptsTheDomainExampleWithCheckDigitNine() {
        assertEquals(9, PersonId.checkDigit("110111234567"));
        PersonId.Result result = PersonId.parse("1101112345679", "citizenId");
        assertNull(result.finding());
        assertEquals(PersonId.Kind.CITIZEN_ID, result.id().kind());
    }

    @Test
    void acceptsTheIdAsPrintedOnTheCard() {
        assertEquals("1101112345679", PersonId.parse("1-1011-12345-67-9", "citizenId").id().value());
    }

    @Test
    void rejectsCitizenIdWithWrongCheckDigit() {
        PersonId.Result result = PersonId.parse("1101112345678", "citizenId");
        assertEquals("citizen-id-check-digit", result.finding().code());
        assertEquals("citizenId", result.finding().field());
    }

    @Test
    void rejectsTwelveDigits() {
        assertEquals("citizen-id-length", PersonId.parse("110111234567", "citizenId").finding().code());
    }

    @Test
    void rejectsThaiDigitsAndLetters() {
        assertEquals("citizen-id-format", PersonId.parse("110111234567X", "citizenId").finding().code());
    }

    @Test
    void acceptsGCodeWithoutCheckDigit() {
        PersonId.Result result = PersonId.parse("G123456789012", "citizenId");
        assertEquals(PersonId.Kind.G_CODE, result.id().kind());
        assertEquals("G123456789012", PersonId.parse("g123456789012", "citizenId").id().value());
    }

    @Test
    void rejectsGCodeWithLetters() {
        assertEquals("g-code-format", PersonId.parse("G12345ABC7890", "citizenId").finding().code());
    }

    @Test
    void rejectsMissingId() {
        assertEquals("required", PersonId.parse("  ", "citizenId").finding().code());
    }

    @Test
    void masksAllButTheLastFour() {
        assertEquals("*********5679", PersonId.mask("1101112345679"));
    }
}
