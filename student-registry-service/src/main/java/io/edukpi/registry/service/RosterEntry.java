package io.edukpi.registry.service;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.edukpi.registry.domain.RegistryMessage.Examples;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A student of a school's roster")
public record RosterEntry(
        @Schema(description = "Citizen ID or G-code, masked (*********5679) without registry-pii", example = "*********5679") String citizenId,
        @Schema(description = "Name prefix", example = Examples.PREFIX) String prefix,
        @Schema(description = "First name", example = Examples.FIRST_NAME) String firstName,
        @Schema(description = "Last name", example = Examples.LAST_NAME) String lastName,
        @Schema(description = "Date of birth (C.E.)", example = "2014-05-14", implementation = String.class, format = "date") LocalDate birthDate,
        @Schema(description = "Class level", example = Examples.CLASS_LEVEL) String classLevel,
        @Schema(description = "The school's student number", example = "12345") String studentNumber,
        @Schema(description = "All 16 student items keyed", example = "false") boolean complete) {
}
