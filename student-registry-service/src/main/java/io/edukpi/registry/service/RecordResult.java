package io.edukpi.registry.service;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record RecordResult(int index, String citizenId, String status, List<RecordError> errors) {
}
