package io.edukpi.commons.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EnumsTest {

    enum Kind {
        PRIMARY,
        SECONDARY
    }

    @Test
    void readsTheExactName() {
        assertEquals(Kind.PRIMARY, Enums.parse(Kind.class, "officeKind", "PRIMARY"));
        assertNull(Enums.parse(Kind.class, "officeKind", null));
        assertNull(Enums.parse(Kind.class, "officeKind", ""));
    }

    @Test
    void refusesAnotherCaseListingTheAllowedValues() {
        ProblemException e = assertThrows(ProblemException.class, () -> Enums.parse(Kind.class, "officeKind", "primary"));
        assertEquals(400, e.status());
        assertEquals("officeKind", e.findings().get(0).field());
        assertEquals("unknown-value", e.findings().get(0).code());
        assertTrue(e.findings().get(0).message().contains("PRIMARY, SECONDARY"), e.findings().get(0).message());
    }

    @Test
    void readsAValueSpelledOtherwiseAndListsThatSpelling() {
        assertEquals(Kind.SECONDARY, Enums.parse(Kind.class, "kind", "secondary", k -> k.name().toLowerCase()));
        ProblemException e = assertThrows(ProblemException.class,
                () -> Enums.parse(Kind.class, "kind", "PRIMARY", k -> k.name().toLowerCase()));
        assertTrue(e.findings().get(0).message().contains("primary, secondary"), e.findings().get(0).message());
    }
}
