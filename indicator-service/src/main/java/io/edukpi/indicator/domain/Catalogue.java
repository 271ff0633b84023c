package io.edukpi.indicator.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.edukpi.commons.calendar.FiscalYear;

/**
 * The content of one catalogue version, in the canonical shape of {@code docs/catalogue.schema.json}.
 * Identity, version number and status belong to the stored version, not to the content.
 */
public record Catalogue(
        int fiscalYear,
        Level level,
        String title,
        String titleEn,
        String source,
        BelowLevelOnePolicy belowLevelOnePolicy,
        MissingResultPolicy missingResultPolicy,
        LateSubmissionPolicy lateSubmissionPolicy,
        List<ReportingRound> rounds,
        List<PerformanceBand> bands,
        List<Indicator> indicators,
        List<String> notes) {

    public enum Level {
        OBEC_AGREEMENT,
        AREA_OFFICE_MEASURES
    }

    public enum BelowLevelOnePolicy {
        ONE,
        ZERO,
        EXTRAPOLATE_TO_ZERO
    }

    public enum MissingResultPolicy {
        EXCLUDE_WHILE_OPEN_ZERO_WHEN_CLOSED,
        EXCLUDE,
        ZERO
    }

    public enum LateSubmissionPolicy {
        MARK_LATE,
        REFUSE
    }

    public enum Status {
        DRAFT,
        PUBLISHED,
        ARCHIVED
    }

    public record ReportingRound(int round, String label, LocalDate periodEnd, LocalDate deadline) {
    }

    public record PerformanceBand(String code, String labelTh, String labelEn, BigDecimal minPercent) {
    }

    public Catalogue {
        rounds = UnmodifiableCopy.orEmpty(rounds);
        bands = UnmodifiableCopy.orEmpty(bands);
        indicators = UnmodifiableCopy.orEmpty(indicators);
        notes = UnmodifiableCopy.orEmpty(notes);
    }

    public int fiscalYearBe() {
        return FiscalYear.toBuddhist(fiscalYear);
    }

    /** {@code <fiscalYear>:<level>}: what every version of this catalogue shares (event key). */
    public String naturalKey() {
        return fiscalYear + ":" + level;
    }

    public Optional<Indicator> indicator(String code) {
        return indicators.stream().filter(i -> code != null && code.equals(i.code())).findFirst();
    }

    /** An indicator without a code (refused by the validator) has no children. */
    public List<Indicator> children(String code) {
        return code == null ? List.of() : indicators.stream().filter(i -> code.equals(i.parentCode())).toList();
    }

    public Catalogue withIndicators(List<Indicator> replaced) {
        return new Catalogue(fiscalYear, level, title, titleEn, source, belowLevelOnePolicy, missingResultPolicy,
                lateSubmissionPolicy, rounds, bands, replaced, notes);
    }

    /** Appends an indicator at the end of its parent's subtree (document order). */
    public Catalogue withAdded(Indicator added) {
        List<Indicator> list = new ArrayList<>(indicators);
        list.add(insertionPoint(list, added.parentCode()), added);
        return withIndicators(list);
    }

    public Catalogue withReplaced(String code, Indicator replacement) {
        return withIndicators(indicators.stream().map(i -> i.code().equals(code) ? replacement : i).toList());
    }

    public Catalogue withRemoved(String code) {
        return withIndicators(indicators.stream().filter(i -> !i.code().equals(code)).toList());
    }

    /** Gives the indicator a new parent and places it (with its subtree) after the parent's last descendant. */
    public Catalogue withMoved(String code, String newParentCode) {
        List<Indicator> subtree = new ArrayList<>();
        List<Indicator> rest = new ArrayList<>();
        for (Indicator i : indicators) {
            (isWithin(i, code) ? subtree : rest).add(i);
        }
        subtree.replaceAll(i -> i.code().equals(code) ? i.withParentCode(newParentCode) : i);
        rest.addAll(insertionPoint(rest, newParentCode), subtree);
        return withIndicators(rest);
    }

    private boolean isWithin(Indicator candidate, String rootCode) {
        Indicator current = candidate;
        for (int guard = 0; current != null && guard <= indicators.size(); guard++) {
            if (current.code().equals(rootCode)) {
                return true;
            }
            current = current.parentCode() == null ? null : indicator(current.parentCode()).orElse(null);
        }
        return false;
    }

    private int insertionPoint(List<Indicator> list, String parentCode) {
        if (parentCode == null) {
            return list.size();
        }
        int last = -1;
        for (int n = 0; n < list.size(); n++) {
            if (isWithin(list.get(n), parentCode)) {
                last = n;
            }
        }
        return last < 0 ? list.size() : last + 1;
    }
}
