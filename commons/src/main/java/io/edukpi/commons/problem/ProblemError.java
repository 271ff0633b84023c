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

    /** @deprecated a {@link Finding} from the service's message catalogue; removed once every service uses them. */
    @Deprecated(forRemoval = true)
    public ProblemError(String field, Integer row, Integer line, Integer column, String code, String message,
            String messageTh, String value) {
        this(field, row, line, column, code, message, messageTh, value, null);
    }

    /** @deprecated see {@link #of(Finding)} */
    @Deprecated(forRemoval = true)
    public static ProblemError field(String field, String code, String message, String messageTh) {
        return new ProblemError(field, null, null, null, code, message, messageTh, null, null);
    }

    /** @deprecated see {@link #of(Finding)} */
    @Deprecated(forRemoval = true)
    public static ProblemError row(int row, String field, String code, String message, String messageTh) {
        return new ProblemError(field, row, null, null, code, message, messageTh, null, null);
    }

    /** @deprecated see {@link Finding#withValue} */
    @Deprecated(forRemoval = true)
    public ProblemError withValue(String rejected) {
        return new ProblemError(field, row, line, column, code, message, messageTh, rejected, severity);
    }

    /** @deprecated see {@link Finding#atLine} */
    @Deprecated(forRemoval = true)
    public ProblemError at(Integer line, Integer column) {
        return new ProblemError(field, row, line, column, code, message, messageTh, value, severity);
    }

    /** @deprecated bridge for callers not yet on findings. */
    @Deprecated(forRemoval = true)
    public Finding toFinding() {
        Finding finding = new Finding(code, field, row, line, column, value, message, messageTh, Finding.Severity.ERROR);
        return "WARNING".equals(severity) ? finding.asWarning() : finding;
    }
}
