package io.edukpi.indicator.rest;

import static io.edukpi.indicator.domain.IndicatorMessage.NOT_A_NUMBER;
import static io.edukpi.indicator.domain.IndicatorMessage.SEARCH_INVALID;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import io.edukpi.commons.calendar.Years;
import io.edukpi.commons.message.Finding;
import io.edukpi.commons.paging.PageRequest;
import io.edukpi.commons.problem.Enums;
import io.edukpi.commons.problem.ProblemException;
import io.edukpi.indicator.domain.Catalogue;
import io.edukpi.indicator.persistence.CatalogueRepository;

/**
 * The query parameters of the catalogue list, parsed here rather than by JAX-RS so that a bad value answers
 * 400 naming the parameter (every bad one at once) instead of 404.
 */
final class CatalogueSearchQuery {

    private final List<Finding> findings = new ArrayList<>();

    private CatalogueSearchQuery() {
    }

    static CatalogueRepository.Search parse(String fiscalYearText, String levelText, List<String> statusTexts,
            String pageText, String sizeText) {
        CatalogueSearchQuery q = new CatalogueSearchQuery();
        Integer fiscalYear = q.check(() -> Years.requireGregorian("fiscalYear", q.integer("fiscalYear", fiscalYearText)));
        Catalogue.Level level = q.check(() -> Enums.parse(Catalogue.Level.class, "level", levelText));
        List<Catalogue.Status> statuses = statusTexts == null || statusTexts.isEmpty()
                ? List.of(Catalogue.Status.values())
                : statusTexts.stream().map(s -> q.check(() -> Enums.parse(Catalogue.Status.class, "status", s))).toList();
        PageRequest page = q.check(() -> PageRequest.of(q.integer("page", pageText), q.integer("size", sizeText)));
        if (!q.findings.isEmpty()) {
            throw ProblemException.invalid(SEARCH_INVALID.text(), q.findings);
        }
        return new CatalogueRepository.Search(fiscalYear, level, statuses, page.page(), page.size());
    }

    /** Runs one commons check, keeping its findings so that every bad parameter is reported at once. */
    private <T> T check(Supplier<T> parse) {
        try {
            return parse.get();
        } catch (ProblemException e) {
            findings.addAll(e.findings());
            return null;
        }
    }

    private Integer integer(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            findings.add(NOT_A_NUMBER.at(name, text).withValue(text));
            return null;
        }
    }
}
