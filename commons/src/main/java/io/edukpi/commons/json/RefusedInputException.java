package io.edukpi.commons.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

import io.edukpi.commons.message.Finding;

/** A JSON value outside {@link InputLimits}; the problem mapper answers it with its finding and the field path. */
public class RefusedInputException extends JsonMappingException {

    private final transient Finding finding;

    public RefusedInputException(JsonParser parser, Finding finding) {
        super(parser, finding.message());
        this.finding = finding;
    }

    public Finding finding() {
        return finding;
    }
}
