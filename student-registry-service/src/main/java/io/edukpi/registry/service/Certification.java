package io.edukpi.registry.service;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Where a school's data of a round stand")
public record Certification(
        @Schema(description = "The school", example = "1050130001") String schoolCode,
        @Schema(description = "The census round's id", example = "1") long roundId,
        @Schema(description = "The state", enumeration = {
                "NOT_CERTIFIED", "CERTIFIED", "ACKNOWLEDGED",
                "REOPENED" }, example = "CERTIFIED") String state,
        @Schema(description = "Who certified (the token's user)", example = "director.1050130001") String certifiedBy,
        @Schema(description = "When the data were last certified; null until certified", example = "2024-06-20T14:00:00+07:00", implementation = String.class, format = "date-time") OffsetDateTime certifiedAt,
        @Schema(description = "Who acknowledged for the area office", example = "officer.5001") String acknowledgedBy,
        @Schema(description = "When the area office acknowledged; null until acknowledged", example = "2024-06-25T10:00:00+07:00", implementation = String.class, format = "date-time") OffsetDateTime acknowledgedAt){
}
