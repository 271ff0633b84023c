package io.edukpi.registry.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.edukpi.registry.domain.PersonId;

class FirstRowsTest {

    @Test
    void aPersonsLaterRowsNameTheFirstAndACitizenIdIsNotTheGCodeWithTheSameDigits() {
        FirstRows rows = new FirstRows();
        PersonId citizen = new PersonId("1101112345679", PersonId.Kind.CITIZEN_ID);
        PersonId gCode = new PersonId("G101112345679", PersonId.Kind.G_CODE);
        PersonId sameDigits = new PersonId("0101112345679", PersonId.Kind.CITIZEN_ID);
        assertEquals(-1, rows.firstOrAdd(citizen, 2));
        assertEquals(-1, rows.firstOrAdd(gCode, 3));
        assertEquals(-1, rows.firstOrAdd(sameDigits, 4));
        assertEquals(2, rows.firstOrAdd(citizen, 5));
        assertEquals(3, rows.firstOrAdd(gCode, 6));
        assertEquals(2, rows.firstOrAdd(citizen, 7));
    }

    @Test
    void keepsEveryPersonAcrossGrowth() {
        FirstRows rows = new FirstRows();
        int people = 200_000;
        for (int i = 0; i < people; i++) {
            assertEquals(-1, rows.firstOrAdd(person(i), i + 2L));
        }
        for (int i = 0; i < people; i++) {
            assertEquals(i + 2L, rows.firstOrAdd(person(i), people + i + 2L));
        }
    }

    private static PersonId person(int i) {
        return i % 2 == 0 ? new PersonId(String.format("%013d", 1_100_000_000_000L + i * 7919L), PersonId.Kind.CITIZEN_ID)
                : new PersonId(String.format("G%012d", i * 7919L), PersonId.Kind.G_CODE);
    }
}
