package io.edukpi.indicator.rest;

import static io.edukpi.indicator.domain.IndicatorMessage.NOT_A_NUMBER;
import static io.edukpi.indicator.domain.IndicatorMessage.OUT_OF_RANGE;
import static io.edukpi.indicator.domain.IndicatorMessage.SEARCH_INVALID;
import static io.edukpi.indicator.domain.IndicatorMessage.UNKNOWN_VALUE;
import static io.edukpi.indicator.domain.IndicatorMessage.YEAR_MISMATCH;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import io.edukpi.commons.calendar.FiscalYear;
import io.edukpi.commons.message.Finding;
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

    static CatalogueRepository.Search parse(String fiscalYearText, String fiscalYearBeText, String levelText,
            List<String> statusTexts, String pageText, String sizeText) {
        CatalogueSearchQuery q = new CatalogueSearchQuery();
        Integer fiscalYear = q.integer("fiscalYear", fiscalYearText);
        Integer fiscalYearBe = q.integer("fiscalYearBe", fiscalYearBeText);
        int page = Optional.ofNullable(q.integer("page", pageText)).orElse(0);
        int size = Optional.ofNullable(q.integer("size", sizeText)).orElse(20);
        if (fiscalYear != null && fiscalYearBe != null && fiscalYearBe != FiscalYear.toBuddhist(fiscalYear)) {
            q.findings.add(YEAR_MISMATCH.at("fiscalYearBe", FiscalYear.toBuddhist(fiscalYear), fiscalYear));
        }
        Integer year = fiscalYear != null ? fiscalYear
                : fiscalYearBe == null ? null : FiscalYear.ofBuddhist(fiscalYearBe).gregorian();
        Catalogue.Level level = levelText == null ? null : q.constant("level", levelText, Catalogue.Level.class);
        List<Catalogue.Status> statuses = statusTexts == null || statusTexts.isEmpty()
                ? List.of(Catalogue.Status.values())
                : statusTexts.stream().map(s -> q.constant("status", s.toUpperCase(Locale.ROOT), Catalogue.Status.class))
                        .toList();
        // A page beyond a million would overflow the row offset (page x size) long before it held a catalogue.
        if (page < 0 || page > 1_000_000) {
            q.findings.add(OUT_OF_RANGE.at("page").withValue(page));
        }
        if (size < 1 || size > 100) {
            q.findings.add(OUT_OF_RANGE.at("size").withValue(size));
        }
        if (!q.findings.isEmpty()) {
            throw ProblemException.invalid(SEARCH_INVALID.text(), q.findings);
        }
        return new CatalogueRepository.Search(year, level, statuses, page, size);
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

    private <E extends Enum<E>> E constant(String name, String text, Class<E> type) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(text)) {
                return e;
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        findings.add(UNKNOWN_VALUE.at(name, text, allowed).withValue(text));
        return null;
    }
}
