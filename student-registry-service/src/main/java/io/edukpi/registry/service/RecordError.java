package io.edukpi.registry.service;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.edukpi.commons.message.Finding;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record RecordError(String field, String code, String message, String messageTh, String value) {
    static RecordError of(Finding f) {
        return new RecordError(f.field(), f.code(), f.message(), f.messageTh(), f.value());
    }

    public Finding finding() {
        return new Finding(code, field, null, null, null, value, message, messageTh, Finding.Severity.ERROR);
    }
}
