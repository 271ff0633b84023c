package io.edukpi.commons.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class FiscalYearTest {

    @Test
    void fiscalYear2554RunsFromOctober2010ToSeptember2011() {
        FiscalYear year = FiscalYear.ofBuddhist(2554);
        assertEquals(2011, year.gregorian());
        assertEquals(LocalDate.of(2010, 10, 1), year.firstDay());
        assertEquals(LocalDate.of(2011, 9, 30), year.lastDay());
        assertEquals(year, FiscalYear.of(LocalDate.of(2010, 10, 1)));
        assertEquals(year, FiscalYear.of(LocalDate.of(2011, 9, 30)));
        assertEquals(FiscalYear.ofBuddhist(2555), FiscalYear.of(LocalDate.of(2011, 10, 1)));
        assertFalse(year.contains(LocalDate.of(2010, 9, 30)));
        assertTrue(year.contains(LocalDate.of(2011, 1, 15)));
        assertEquals("2554", year.toString());
    }

    @Test
    void eitherEraIsReadByItsSize() {
        assertEquals(2011, FiscalYear.toGregorian(2554));
        assertEquals(2011, FiscalYear.toGregorian(2011));
        assertEquals(2554, FiscalYear.ofEither(2011).buddhist());
        assertTrue(FiscalYear.isBuddhist(2400));
        assertFalse(FiscalYear.isBuddhist(2399));
        assertEquals(2553, FiscalYear.toBuddhist(2010));
    }
}
