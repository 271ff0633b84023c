package io.edukpi.submission.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.edukpi.submission.domain.SubmissionCatalogue.IndicatorSpec;

/**
 * The result of a REGISTRY indicator from an office's registry figures of one census. Only the
 * metrics the registry publishes figures for can be computed: ENROLMENT_RATIO today; the others
 * (graduation rates, results recorded) wait for registry figures and are keyed by the office until then.
 */
public final class RegistryMetric {

    /** The class levels in school order (class-levels.txt beside this class), for ranges of levels. */
    public static final List<String> CLASS_LEVELS = classLevels();

    /** One office's figures of one census: students per class level, population per age group (null: none imported). */
    public record CensusFigures(LocalDate censusDate, Map<String, Integer> studentsByLevel,
            Map<String, Integer> populationByAgeGroup) {
    }

    private RegistryMetric() {
    }

    /** The census date a metric reads (its {@code censusDate} parameter), if it names one. */
    public static Optional<LocalDate> censusDate(IndicatorSpec indicator) {
        Object date = indicator.source().parameters().get("censusDate");
        return date == null ? Optional.empty() : Optional.of(LocalDate.parse(date.toString()));
    }

    public static boolean computable(IndicatorSpec indicator) {
        return "ENROLMENT_RATIO".equals(indicator.source().metric());
    }

    /** Empty when the metric is not computable from these figures (another metric, or no population imported). */
    public static Optional<BigDecimal> compute(IndicatorSpec indicator, CensusFigures figures) {
        if (!computable(indicator)) {
            return Optional.empty();
        }
        Map<String, Object> p = indicator.source().parameters();
        List<String> levels = levels(String.valueOf(p.get("classLevels")));
        String ageGroup = p.get("ageFrom") + "-" + p.get("ageTo");
        Integer population = figures.populationByAgeGroup().get(ageGroup);
        if (levels.isEmpty() || population == null || population == 0) {
            return Optional.empty();
        }
        long students = levels.stream().mapToLong(l -> figures.studentsByLevel().getOrDefault(l, 0)).sum();
        BigDecimal multiplier = indicator.source().multiplier() == null ? BigDecimal.ONE : indicator.source().multiplier();
        return Optional.of(BigDecimal.valueOf(students).multiply(multiplier)
                .divide(BigDecimal.valueOf(population), MathContext.DECIMAL64).setScale(2, RoundingMode.HALF_UP));
    }

    private static List<String> classLevels() {
        try (InputStream in = RegistryMetric.class.getResourceAsStream("class-levels.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "first-last" -> every class level from first to last; a single level stands for itself; unknown ones give []. */
    static List<String> levels(String range) {
        String[] ends = range.split("-");
        int from = CLASS_LEVELS.indexOf(ends[0].trim());
        int to = CLASS_LEVELS.indexOf(ends[ends.length - 1].trim());
        if (from < 0 || to < from) {
            return List.of();
        }
        return CLASS_LEVELS.subList(from, to + 1);
    }
}
