package io.edukpi.commons.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One thing wrong with a request. {@code field} is a dotted path into the request body or a
 * parameter name ({@code indicators[3.1.4].criterion.thresholds}); {@code row} and {@code line}
 * locate the problem inside an uploaded file; {@code code} is stable for machines.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProblemError(
        String field,
        Integer row,
        Integer line,
        Integer column,
        String code,
        String message,
        String messageTh,
        String value) {

    public static ProblemError field(String field, String code, String message, String messageTh) {
        return new ProblemError(field, null, null, null, code, message, messageTh, null);
    }

    public static ProblemError row(int row, String field, String code, String message, String messageTh) {
        return new ProblemError(field, row, null, null, code, message, messageTh, null);
    }

    public ProblemError withValue(String rejected) {
        return new ProblemError(field, row, line, column, code, message, messageTh, rejected);
    }

    public ProblemError at(Integer line, Integer column) {
        return new ProblemError(field, row, line, column, code, message, messageTh, value);
    }
}
