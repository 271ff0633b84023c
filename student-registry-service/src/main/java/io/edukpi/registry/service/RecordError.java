package io.edukpi.registry.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.edukpi.commons.message.Finding;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "What is wrong with a record's field")
public record RecordError(
        @Schema(description = "The field", example = "citizenId") String field,
        @Schema(description = "Stable code for programs (docs/problems.md)", example = "citizen-id-check-digit") String code,
        @Schema(description = "What is wrong, in English") String message,
        @Schema(description = "What is wrong, in Thai") String messageTh,
        @Schema(description = "The value refused", example = "1101112345678") String value) {
    static RecordError of(Finding f) {
        return new RecordError(f.field(), f.code(), f.message(), f.messageTh(), f.value());
    }

    public Finding finding() {
        return new Finding(code, field, null, null, null, value, message, messageTh, Finding.Severity.ERROR);
    }
}
