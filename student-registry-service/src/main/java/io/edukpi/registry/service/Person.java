package io.edukpi.registry.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record Person(String kind, String citizenId, boolean masked, String prefix, String firstName,
        String lastName, LocalDate birthDate, Map<String, Object> items, List<Enrolment> enrolments,
        String schoolCode) {
}
