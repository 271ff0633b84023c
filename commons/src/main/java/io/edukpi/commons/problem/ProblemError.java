package io.edukpi.commons.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.edukpi.commons.message.Finding;

/**
 * One thing wrong with a request, as the problem body's {@code errors} carry it: the wire shape of a
 * {@link Finding}. {@code field} is a dotted path into the request body or a parameter name
 * ({@code indicators[3.1.4].criterion.thresholds}); {@code row} and {@code line} locate the problem
 * inside an uploaded file; {@code code} is stable for machines; {@code severity} appears on warnings.
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
        String value,
        String severity) {

    /** The one mapping from a finding to its wire shape. */
    public static ProblemError of(Finding finding) {
        return new ProblemError(finding.field(), finding.row(), finding.line(), finding.column(), finding.code(),
                finding.message(), finding.messageTh(), finding.value(),
                finding.isError() ? null : finding.severity().name());
    }

}
