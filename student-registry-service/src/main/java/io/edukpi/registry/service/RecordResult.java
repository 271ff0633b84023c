package io.edukpi.registry.service;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(description = "One record's outcome")
public record RecordResult(
        @Schema(description = "The record's index in the request, from 0", example = "0") int index,
        @Schema(description = "The record's person ID", example = "1101112345679") String citizenId,
        @Schema(description = "What happened", enumeration = {
                "CREATED", "UPDATED", "UNCHANGED",
                "REJECTED" }, example = "CREATED") String status,
        @Schema(description = "Why it was rejected (absent otherwise)") List<RecordError> errors){
}
