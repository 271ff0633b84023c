package io.edukpi.registry.service;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record RosterEntry(String citizenId, String prefix, String firstName, String lastName, LocalDate birthDate,
        String classLevel, String studentNumber, boolean complete) {
}
