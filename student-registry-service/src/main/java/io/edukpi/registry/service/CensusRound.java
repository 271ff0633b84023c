package io.edukpi.registry.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A census round: the count of 10 June (1) or 10 November (2) of an academic year")
public record CensusRound(
        @Schema(description = "The round's id", example = "1") long id,
        @Schema(description = "Academic year, C.E. (B.E. 2567 is 2024)", example = "2024") int academicYear,
        @Schema(description = "1: census of 10 June, 2: of 10 November", example = "1") int roundNo,
        @Schema(description = "The census date (C.E.): 10 June or 10 November", example = "2024-06-10", implementation = String.class, format = "date") LocalDate censusDate,
        @Schema(description = "When schools must have certified (C.E.)", example = "2024-06-30", implementation = String.class, format = "date") LocalDate certificationDeadline,
        @Schema(description = "OPEN or CLOSED", enumeration = {
                "OPEN", "CLOSED" }, example = "OPEN") String status,
        @Schema(description = "When the round was opened (ISO 8601 with offset)", example = "2024-05-01T09:00:00+07:00", implementation = String.class, format = "date-time") OffsetDateTime openedAt,
        @Schema(description = "When the round was closed; null while OPEN", example = "2024-12-01T09:00:00+07:00", implementation = String.class, format = "date-time") OffsetDateTime closedAt){
}
