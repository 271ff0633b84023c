package io.edukpi.registry.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ThaiDatesTest {

    @Test
    void readsBuddhistEraYearsAndStoresCommonEra() {
        assertEquals(LocalDate.of(2007, 5, 14), ThaiDates.parse("2550-05-14", "birthDate").date());
        assertEquals(LocalDate.of(2007, 5, 14), ThaiDates.parse("14/05/2550", "birthDate").date());
    }

    @Test
    void readsCommonEraYearsUnchanged() {
        assertEquals(LocalDate.of(2007, 5, 14), ThaiDates.parse("2007-05-14", "birthDate").date());
    }

    @Test
    void rejectsThirtiethOfFebruaryInEitherEra() {
        assertEquals("date-not-exist", ThaiDates.parse("2555-02-30", "birthDate").finding().code());
        assertEquals("date-not-exist", ThaiDates.parse("2012-02-30", "birthDate").finding().code());
    }

    @Test
    void leapYearsAreJudgedInCommonEra() {
        // B.E. 2551 = 2008, a leap year; B.E. 2550 = 2007 is not.
        assertNull(ThaiDates.parse("2551-02-29", "birthDate").finding());
        assertEquals("date-not-exist", ThaiDates.parse("2550-02-29", "birthDate").finding().code());
    }

    @Test
    void rejectsOtherShapes() {
        assertEquals("date-format", ThaiDates.parse("14 พ.ค. 2550", "birthDate").finding().code());
        assertEquals("date-format", ThaiDates.parse("2550/05/14", "birthDate").finding().code());
    }

    @Test
    void censusDatesAreTenthOfJuneAndNovember() {
        assertEquals(LocalDate.of(2024, 6, 10), CensusDates.of(2024, 1));
        assertEquals(LocalDate.of(2024, 11, 10), CensusDates.of(2024, 2));
    }
}
