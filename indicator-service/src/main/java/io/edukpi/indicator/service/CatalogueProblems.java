package io.edukpi.indicator.service;

import static io.edukpi.indicator.domain.IndicatorMessage.CATALOGUE_INVALID;
import static io.edukpi.indicator.domain.IndicatorMessage.CATALOGUE_NOT_FOUND;
import static io.edukpi.indicator.domain.IndicatorMessage.INDICATOR_NOT_FOUND;
import static io.edukpi.indicator.domain.IndicatorMessage.NOT_DRAFT;

import java.util.List;

import io.edukpi.commons.message.Finding;
import io.edukpi.commons.problem.ProblemException;

/** The problem answers of the catalogue use cases. */
public final class CatalogueProblems {

    private CatalogueProblems() {
    }

    public static ProblemException notFound(Object id) {
        return ProblemException.notFound(CATALOGUE_NOT_FOUND.text(id));
    }

    public static ProblemException indicatorNotFound(String code) {
        return ProblemException.notFound(INDICATOR_NOT_FOUND.text(code));
    }

    /** Every error finding, with its path; warnings are not reasons to refuse. */
    public static ProblemException findings(List<Finding> findings) {
        List<Finding> errors = findings.stream().filter(Finding::isError).toList();
        return ProblemException.unprocessable(CATALOGUE_INVALID.text(errors.size()), errors);
    }

    public static ProblemException notDraft(Object id, Object status) {
        return ProblemException.conflict(NOT_DRAFT.text(id, status));
    }
}
