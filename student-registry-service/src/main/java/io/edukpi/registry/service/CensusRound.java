package io.edukpi.registry.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;

public record CensusRound(long id, int academicYear, int roundNo, LocalDate censusDate,
        LocalDate certificationDeadline, String status, OffsetDateTime openedAt,
        OffsetDateTime closedAt) {
}
