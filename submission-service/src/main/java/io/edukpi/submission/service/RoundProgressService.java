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

import org.eclipse.microprofile.openapi.annotations.media.Schema;

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

    static final String FISCAL_YEAR = "Fiscal year, C.E.";
    static final String FISCAL_YEAR_BE = "The same fiscal year in B.E., for Thai labels only";
    static final String LEVEL = "Catalogue level: OBEC_AGREEMENT or AREA_OFFICE_MEASURES";
    static final String ROUND = "Round of the catalogue";
    static final String ROUND_LABEL = "The round's label, in Thai";
    static final String CATALOGUE_ID = "The catalogue version counted against (the newest held)";
    static final String CATALOGUE_VERSION = "That version's number, from 1";
    static final String OFFICE_NAME = "The office's name, in Thai";
    static final String OFFICE_KIND = "PRIMARY or SECONDARY";
    static final String DEADLINE = "The round's deadline (a Bangkok date, C.E.)";
    static final String AS_OF = "Today in Bangkok, the day daysLeft and late are counted on";
    static final String DAYS_LEFT = "Calendar days from asOf to the deadline: 0 on the day itself, negative once it has passed";

    private final CatalogueService catalogues;
    private final ResultAccess access;
    private final Clock clock;

    public RoundProgressService(CatalogueService catalogues, ResultAccess access, Clock clock) {
        this.catalogues = catalogues;
        this.access = access;
        this.clock = clock;
    }

    /** One office's figures for the round. */
    @Schema(description = "One office's figures for the round: its expected results by workflow state")
    public record OfficeProgress(@Schema(description = "Area office code", example = "5001") String officeCode,
            @Schema(description = OFFICE_NAME) String officeNameTh,
            @Schema(description = OFFICE_KIND, example = "PRIMARY") String officeKind,
            @Schema(description = "Results the catalogue expects of the office in the round (its indicators that take a result)", example = "16") int expected,
            @Schema(description = "Expected results not opened yet", example = "10") int notStarted,
            @Schema(description = "Results in DRAFT", example = "3") int draft,
            @Schema(description = "Results SUBMITTED, awaiting the supervisor's certification", example = "1") int submitted,
            @Schema(description = "Results CERTIFIED, awaiting OBEC's review", example = "1") int certified,
            @Schema(description = "Results ACCEPTED by OBEC", example = "1") int accepted,
            @Schema(description = "Results RETURNED to the office for correction", example = "0") int returned,
            @Schema(description = "Results submitted after the deadline", example = "0") int lateSubmissions,
            @Schema(description = "True once the deadline has passed and some expected result is not certified or accepted", example = "false") boolean late,
            @Schema(description = DAYS_LEFT, example = "3") long daysLeft) {

        static OfficeProgress of(AreaOfficeEntity office, Tally t) {
            return new OfficeProgress(office.code, office.nameTh, office.kind, t.expected(), t.notStarted(),
                    t.count(ResultState.DRAFT), t.count(ResultState.SUBMITTED), t.count(ResultState.CERTIFIED),
                    t.count(ResultState.ACCEPTED), t.count(ResultState.RETURNED), t.lateSubmissions(), t.late(),
                    t.daysLeft());
        }
    }

    /** The sums over every office; lateOffices counts the offices that are late. */
    @Schema(description = "The offices' figures summed over every registered office")
    public record Totals(@Schema(description = "Registered area offices", example = "245") int offices,
            @Schema(description = "Expected results, all offices", example = "3920") int expected,
            @Schema(description = "Expected results not opened yet", example = "2450") int notStarted,
            @Schema(description = "Results in DRAFT", example = "735") int draft,
            @Schema(description = "Results SUBMITTED", example = "245") int submitted,
            @Schema(description = "Results CERTIFIED", example = "245") int certified,
            @Schema(description = "Results ACCEPTED", example = "245") int accepted,
            @Schema(description = "Results RETURNED", example = "0") int returned,
            @Schema(description = "Results submitted after the deadline", example = "0") int lateSubmissions,
            @Schema(description = "Offices that are late (see OfficeProgress.late)", example = "0") int lateOffices) {
    }

    /** The round as OBEC sees it. */
    @Schema(description = "A round of the year and level's latest catalogue, office by office")
    public record RoundOverview(@Schema(description = FISCAL_YEAR, example = "2011") int fiscalYear,
            @Schema(description = FISCAL_YEAR_BE, example = "2554") int fiscalYearBe,
            @Schema(description = LEVEL, example = "OBEC_AGREEMENT") String level,
            @Schema(description = ROUND, example = "6") int round,
            @Schema(description = ROUND_LABEL) String roundLabel,
            @Schema(description = CATALOGUE_ID, example = "0b7c5c8e-8f5e-4a55-9c39-3c0e4b3f2f10") UUID catalogueId,
            @Schema(description = CATALOGUE_VERSION, example = "1") int catalogueVersion,
            @Schema(description = "The last day of the period the round reports on (C.E.)", example = "2011-03-31") LocalDate periodEnd,
            @Schema(description = DEADLINE, example = "2011-04-15") LocalDate deadline,
            @Schema(description = AS_OF, example = "2011-04-12") LocalDate asOf,
            @Schema(description = DAYS_LEFT, example = "3") long daysLeft,
            @Schema(description = "Every registered area office, by code") List<OfficeProgress> offices,
            @Schema(description = "The sums over the offices") Totals totals) {
    }

    @Schema(description = "A school that has not filled its form")
    public record School(@Schema(description = "The school's code (10 digits)", example = "1050130001") String schoolCode,
            @Schema(description = "The school's name, in Thai") String schoolNameTh) {
    }

    /**
     * One indicator of the office's round; state null = not started. The school fields are set for indicators
     * computed from schools' forms (2) only.
     */
    @Schema(description = "One indicator of the office's round and where its result stands")
    public record IndicatorProgress(@Schema(description = "Indicator code", example = "3.1.2") String indicatorCode,
            @Schema(description = "Indicator name, in Thai") String indicatorName,
            @Schema(description = "THRESHOLD, PASS_FAIL or MILESTONE; null for an indicator without a criterion", example = "THRESHOLD", nullable = true) String criterionType,
            @Schema(description = "Where the value comes from: MANUAL, REGISTRY or FORM", example = "FORM") String resultSource,
            @Schema(description = "The result's id; null while not started", example = "3f1c2a9e-5b7d-4e8a-9c61-2d4f8b0a7e15", nullable = true) UUID resultId,
            @Schema(description = "The result's workflow state; null while not started", nullable = true) ResultState state,
            @Schema(description = "True while no result is opened", example = "false") boolean notStarted,
            @Schema(description = "The result was submitted after the deadline", example = "false") boolean late,
            @Schema(description = "The deadline has passed and the result is not certified or accepted", example = "false") boolean overdue,
            @Schema(description = "The result's value (THRESHOLD, PASS_FAIL); null while none is keyed", example = "74.36", nullable = true) BigDecimal value,
            @Schema(description = "Milestone steps reached (MILESTONE); null when none are keyed", nullable = true) List<Integer> stepsCompleted,
            @Schema(description = DEADLINE, example = "2011-04-15") LocalDate deadline,
            @Schema(description = DAYS_LEFT, example = "3") long daysLeft,
            @Schema(description = "Schools of the office the registry knows; only for indicators computed from schools' forms, else null", example = "2", nullable = true) Integer schoolsKnown,
            @Schema(description = "Of those, the schools that filled their form; null as schoolsKnown", example = "0", nullable = true) Integer schoolsFilled,
            @Schema(description = "The schools that have not filled their form; null as schoolsKnown", nullable = true) List<School> schoolsWithoutForm) {
    }

    /** The round as one office sees it. */
    @Schema(description = "One office's round of the year and level's latest catalogue, indicator by indicator")
    public record OfficeRound(@Schema(description = "Area office code", example = "5001") String officeCode,
            @Schema(description = OFFICE_NAME) String officeNameTh,
            @Schema(description = OFFICE_KIND, example = "PRIMARY") String officeKind,
            @Schema(description = FISCAL_YEAR, example = "2011") int fiscalYear,
            @Schema(description = FISCAL_YEAR_BE, example = "2554") int fiscalYearBe,
            @Schema(description = LEVEL, example = "OBEC_AGREEMENT") String level,
            @Schema(description = ROUND, example = "6") int round,
            @Schema(description = ROUND_LABEL) String roundLabel,
            @Schema(description = CATALOGUE_ID, example = "0b7c5c8e-8f5e-4a55-9c39-3c0e4b3f2f10") UUID catalogueId,
            @Schema(description = CATALOGUE_VERSION, example = "1") int catalogueVersion,
            @Schema(description = DEADLINE, example = "2011-04-15") LocalDate deadline,
            @Schema(description = AS_OF, example = "2011-04-12") LocalDate asOf,
            @Schema(description = DAYS_LEFT, example = "3") long daysLeft,
            @Schema(description = "The office's figures for the round") OfficeProgress summary,
            @Schema(description = "The indicators that take a result in the round, in code order (1.1.3 before 1.1.10)") List<IndicatorProgress> indicators) {
    }

    @Transactional
    public RoundOverview overview(int fiscalYear, String level, int roundNumber) {
        RoundResults results = roundResults(fiscalYear, level, roundNumber);
        List<OfficeProgress> offices = new ArrayList<>();
        for (AreaOfficeEntity office : AreaOfficeEntity.<AreaOfficeEntity> listAll(Sort.by("code"))) {
            offices.add(OfficeProgress.of(office, results.tally(office.code)));
        }
        Round round = results.round();
        return new RoundOverview(fiscalYear, FiscalYear.toBuddhist(fiscalYear), level, roundNumber, round.label(),
                results.catalogue().id(), results.catalogue().version(), round.periodEnd(), round.deadline(),
                results.today(), results.daysLeft(), offices, totals(offices));
    }

    /** The round of the year and level's latest catalogue, with every office's results read in one query. */
    RoundResults roundResults(int fiscalYear, String level, int roundNumber) {
        SubmissionCatalogue catalogue = catalogues.require(fiscalYear, level);
        return new RoundResults(catalogue, RoundRules.round(catalogue, roundNumber),
                RoundProgress.expected(catalogue, roundNumber), today(), resultLines(fiscalYear, level, roundNumber));
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
            boolean overdue = RoundProgress.overdue(r == null ? null : r.state, round.deadline(), today);
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
