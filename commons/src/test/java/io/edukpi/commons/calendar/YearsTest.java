package io.edukpi.commons.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.edukpi.commons.message.Finding;
import io.edukpi.commons.problem.ProblemException;

class YearsTest {

    @Test
    void aGregorianYearPasses() {
        assertEquals(2011, Years.requireGregorian("fiscalYear", 2011));
        assertNull(Years.requireGregorian("fiscalYear", null));
    }

    @Test
    void aBuddhistYearIsRefusedNamingTheGregorianYearMeant() {
        ProblemException e = assertThrows(ProblemException.class, () -> Years.requireGregorian("fiscalYear", 2554));
        assertEquals(400, e.status());
        Finding finding = e.findings().get(0);
        assertEquals("year-era", finding.code());
        assertEquals("fiscalYear", finding.field());
        assertEquals("2554", finding.value());
        assertTrue(finding.message().contains("send 2011"), finding.message());
        assertTrue(finding.messageTh().contains("2011"), finding.messageTh());
    }
}
