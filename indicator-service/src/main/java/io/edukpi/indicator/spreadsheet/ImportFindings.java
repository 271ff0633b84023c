package io.edukpi.indicator.spreadsheet;

import java.util.ArrayList;
import java.util.List;

import io.edukpi.commons.message.Finding;
import io.edukpi.commons.problem.ProblemException;
import io.edukpi.indicator.domain.IndicatorMessage;

/** Every problem of one uploaded file, answered at once (400, each with its sheet, row and column). */
final class ImportFindings {

    private final List<Finding> findings = new ArrayList<>();

    /** A cell read twice (a code, a formula part) is reported once. */
    void add(Finding finding) {
        if (!findings.contains(finding)) {
            findings.add(finding);
        }
    }

    void add(Finding finding, Integer row, Integer column) {
        add(inCell(finding, row, column));
    }

    /**
     * The finding placed in a cell: its spreadsheet row (2 = first row under the header, as the sheet shows
     * it) and 1-based column, each if known. Commons' {@code atLine} would set a text line too.
     */
    static Finding inCell(Finding finding, Integer row, Integer column) {
        return new Finding(finding.code(), finding.field(), row, null, column, finding.value(), finding.message(),
                finding.messageTh(), finding.severity());
    }

    void failIfAny() {
        if (!findings.isEmpty()) {
            throw ProblemException.invalid(IndicatorMessage.UPLOAD_PROBLEMS.text(findings.size()), findings);
        }
    }
}
