package io.edukpi.submission.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.edukpi.commons.calendar.FiscalYear;
import io.edukpi.commons.problem.ProblemException;
import io.edukpi.submission.domain.ResultState;
import io.edukpi.submission.domain.RoundProgress;
import io.edukpi.submission.domain.RoundProgress.ResultLine;
import io.edukpi.submission.domain.RoundProgress.Tally;
import io.edukpi.submission.domain.RoundRules;
import io.edukpi.submission.domain.SubmissionCatalogue;
import io.edukpi.submission.domain.SubmissionCatalogue.FormLevel;
import io.edukpi.submission.domain.SubmissionCatalogue.IndicatorSpec;
import io.edukpi.submission.domain.SubmissionCatalogue.Round;
import io.edukpi.submission.domain.SubmissionCatalogue.SourceType;
import io.edukpi.submission.domain.SubmissionMessage;
import io.edukpi.submission.persistence.AreaOfficeEntity;
import io.edukpi.submission.persistence.OfficeSchoolEntity;
import io.edukpi.submission.persistence.ResultEntity;
import io.edukpi.submission.persistence.SchoolFormEntity;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.panache.common.Sort;

/** Where a round stands: per office for OBEC, per indicator for one office. */
@ApplicationScoped
public class RoundProgressService {

    private final CatalogueService catalogues;
    private final ResultAccess access;
    private final Clock clock;

    public RoundProgressService(CatalogueService catalogues, ResultAccess access, Clock clock) {
        this.catalogues = catalogues;
        this.access = access;
        this.clock = clock;
    }

    /** One office's figures for the round. */
    public record OfficeProgress(String officeCode, String officeNameTh, String officeKind, int expected,
            int notStarted, int draft, int submitted, int certified, int accepted, int returned,
            int lateSubmissions, boolean late, long daysLeft) {

        static OfficeProgress of(AreaOfficeEntity office, Tally t) {
            return new OfficeProgress(office.code, office.nameTh, office.kind, t.expected(), t.notStarted(),
                    t.count(ResultState.DRAFT), t.count(ResultState.SUBMITTED), t.count(ResultState.CERTIFIED),
                    t.count(ResultState.ACCEPTED), t.count(ResultState.RETURNED), t.lateSubmissions(), t.late(),
                    t.daysLeft());
        }
    }

    /** The sums over every office; lateOffices counts the offices that are late. */
    public record Totals(int offices, int expected, int notStarted, int draft, int submitted, int certified,
            int accepted, int returned, int lateSubmissions, int lateOffices) {
    }

    /** The round as OBEC sees it. */
    public record RoundOverview(int fiscalYear, int fiscalYearBe, String level, int round, String roundLabel,
            UUID catalogueId, int catalogueVersion, LocalDate periodEnd, LocalDate deadline,
            LocalDate asOf, long daysLeft, List<OfficeProgress> offices, Totals totals) {
    }

    public record School(String schoolCode, String schoolNameTh) {
    }

    /**
     * One indicator of the office's round; state null = not started. The school fields are set for indicators
     * computed from schools' forms (2) only.
     */
    public record IndicatorProgress(String indicatorCode, String indicatorName, String criterionType,
            String resultSource, UUID resultId, ResultState state, boolean notStarted,
            boolean late, boolean overdue, BigDecimal value, List<Integer> stepsCompleted,
            LocalDate deadline, long daysLeft, Integer schoolsKnown, Integer schoolsFilled,
            List<School> schoolsWithoutForm) {
    }

    /** The round as one office sees it. */
    public record OfficeRound(String officeCode, String officeNameTh, String officeKind, int fiscalYear,
            int fiscalYearBe, String level, int round, String roundLabel, UUID catalogueId,
            int catalogueVersion, LocalDate deadline, LocalDate asOf, long daysLeft,
            OfficeProgress summary, List<IndicatorProgress> indicators) {
    }

    @Transactional
    public RoundOverview overview(int fiscalYear, String level, int roundNumber) {
        SubmissionCatalogue catalogue = catalogues.require(fiscalYear, level);
        Round round = RoundRules.round(catalogue, roundNumber);
        List<IndicatorSpec> expected = RoundProgress.expected(catalogue, roundNumber);
        LocalDate today = today();
        Map<String, List<ResultLine>> byOffice = resultLines(fiscalYear, level, roundNumber);
        List<OfficeProgress> offices = new ArrayList<>();
        for (AreaOfficeEntity office : AreaOfficeEntity.<AreaOfficeEntity> listAll(Sort.by("code"))) {
            offices.add(OfficeProgress.of(office, RoundProgress.tally(expected,
                    byOffice.getOrDefault(office.code, List.of()), round.deadline(), today)));
        }
        return new RoundOverview(fiscalYear, FiscalYear.toBuddhist(fiscalYear), level, roundNumber, round.label(),
                catalogue.id(),
                catalogue.version(), round.periodEnd(), round.deadline(), today,
                RoundProgress.daysLeft(round.deadline(), today), offices, totals(offices));
    }

    @Transactional
    public OfficeRound office(String officeCode, int fiscalYear, String level, int roundNumber) {
        access.checkOffice(officeCode);
        AreaOfficeEntity office = AreaOfficeEntity.findById(officeCode);
        if (office == null) {
            throw ProblemException.notFound(SubmissionMessage.notFound(SubmissionMessage.THING_AREA_OFFICE, officeCode));
        }
        SubmissionCatalogue catalogue = catalogues.require(fiscalYear, level);
        Round round = RoundRules.round(catalogue, roundNumber);
        List<IndicatorSpec> expected = RoundProgress.expected(catalogue, roundNumber);
        LocalDate today = today();
        Map<String, ResultEntity> results = ResultEntity.<ResultEntity> list(
                "officeCode = ?1 and fiscalYear = ?2 and level = ?3 and round = ?4", officeCode, fiscalYear, level,
                roundNumber).stream()
                .collect(Collectors.toMap(r -> r.indicatorCode, r -> r));
        List<OfficeSchoolEntity> schools = OfficeSchoolEntity.ofOffice(officeCode);
        long daysLeft = RoundProgress.daysLeft(round.deadline(), today);
        List<IndicatorProgress> rows = new ArrayList<>();
        for (IndicatorSpec indicator : expected) {
            ResultEntity r = results.get(indicator.code());
            boolean overdue = today.isAfter(round.deadline()) && (r == null || !RoundProgress.done(r.state));
            Integer known = null;
            Integer filled = null;
            List<School> owing = null;
            if (indicator.source().type() == SourceType.FORM && indicator.form(FormLevel.SCHOOL).isPresent()) {
                Set<String> done = r == null ? Set.of()
                        : SchoolFormEntity.ofResult(r.id).stream()
                                .map(f -> f.key.schoolCode()).collect(Collectors.toSet());
                owing = schools.stream().filter(s -> !done.contains(s.code)).map(s -> new School(s.code, s.nameTh))
                        .toList();
                known = schools.size();
                filled = done.size();
            }
            rows.add(new IndicatorProgress(indicator.code(), indicator.name(),
                    indicator.criterion() == null ? null : indicator.criterion().name(), indicator.source().type().name(),
                    r == null ? null : r.id, r == null ? null : r.state, r == null, r != null && r.late, overdue,
                    r == null ? null : ResultView.plain(r.value),
                    r == null || r.stepsCompleted == null ? null : Arrays.asList(r.stepsCompleted),
                    round.deadline(), daysLeft, known, filled, owing));
        }
        Tally tally = RoundProgress.tally(expected, results.values().stream()
                .map(r -> new ResultLine(r.indicatorCode, r.state, r.late)).toList(), round.deadline(), today);
        return new OfficeRound(office.code, office.nameTh, office.kind, fiscalYear, FiscalYear.toBuddhist(fiscalYear), level,
                roundNumber, round.label(), catalogue.id(), catalogue.version(), round.deadline(), today, daysLeft,
                OfficeProgress.of(office, tally), rows);
    }

    /** Every result of the round, by office. */
    static Map<String, List<ResultLine>> resultLines(int fiscalYear, String level, int round) {
        Map<String, List<ResultLine>> byOffice = new HashMap<>();
        for (Object[] row : Panache.getEntityManager().createQuery("""
                select r.officeCode, r.indicatorCode, r.state, r.late from ResultEntity r
                where r.fiscalYear = :fy and r.level = :level and r.round = :round""", Object[].class)
                .setParameter("fy", fiscalYear).setParameter("level", level).setParameter("round", round)
                .getResultList()) {
            byOffice.computeIfAbsent((String) row[0], k -> new ArrayList<>())
                    .add(new ResultLine((String) row[1], (ResultState) row[2], (Boolean) row[3]));
        }
        return byOffice;
    }

    /** Today's date in Bangkok, where the deadlines are. */
    LocalDate today() {
        return Clocks.today(clock);
    }

    private static Totals totals(List<OfficeProgress> offices) {
        int expected = 0, notStarted = 0, draft = 0, submitted = 0, certified = 0, accepted = 0, returned = 0;
        int lateSubmissions = 0, lateOffices = 0;
        for (OfficeProgress o : offices) {
            expected += o.expected();
            notStarted += o.notStarted();
            draft += o.draft();
            submitted += o.submitted();
            certified += o.certified();
            accepted += o.accepted();
            returned += o.returned();
            lateSubmissions += o.lateSubmissions();
            lateOffices += o.late() ? 1 : 0;
        }
        return new Totals(offices.size(), expected, notStarted, draft, submitted, certified, accepted, returned,
                lateSubmissions, lateOffices);
    }
}
