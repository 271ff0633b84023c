package io.edukpi.submission.service;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.edukpi.commons.calendar.FiscalYear;
import io.edukpi.submission.domain.ResultState;
import io.edukpi.submission.domain.RoundProgress.Cell;
import io.edukpi.submission.domain.RoundProgress.Tally;
import io.edukpi.submission.domain.SubmissionMessage.Examples;
import io.edukpi.submission.persistence.AreaOfficeEntity;
import io.quarkus.panache.common.Sort;

/**
 * A round as an office x indicator grid: each office's state of each expected result. Counted exactly as the
 * per-office progress ({@link RoundProgressService}), from the same reading of the round.
 */
@ApplicationScoped
public class ProgressGridService {

    private final RoundProgressService progress;
    private final ResultAccess access;

    public ProgressGridService(RoundProgressService progress, ResultAccess access) {
        this.progress = progress;
        this.access = access;
    }

    @Schema(description = "An indicator that takes a result in the round: a column of the grid")
    public record GridIndicator(@Schema(description = "Indicator code", example = "3.1.2") String code,
            @Schema(description = "Indicator name, in Thai", example = Examples.INDICATOR_NAME) String nameTh,
            @Schema(description = RoundProgressService.DEADLINE, example = "2011-04-15") LocalDate deadline) {
    }

    @Schema(description = "One office's expected result for one indicator: a cell of the grid")
    public record GridCell(@Schema(description = "Indicator code (the column)", example = "3.1.2") String indicatorCode,
            @Schema(description = "The result's workflow state; null while not started", nullable = true) ResultState state,
            @Schema(description = "The result was submitted after the deadline", example = "false") boolean late,
            @Schema(description = "The deadline has passed and the result is not certified or accepted", example = "true") boolean overdue) {

        static GridCell of(Cell cell) {
            return new GridCell(cell.indicatorCode(), cell.state(), cell.late(), cell.overdue());
        }
    }

    @Schema(description = "One office's row of the grid")
    public record GridOffice(@Schema(description = "Area office code", example = "5001") String officeCode,
            @Schema(description = RoundProgressService.OFFICE_NAME, example = Examples.OFFICE_SHORT_NAME) String officeNameTh,
            @Schema(description = RoundProgressService.OFFICE_KIND, example = "PRIMARY") String officeKind,
            @Schema(description = "True once the deadline has passed and some expected result is not certified or accepted", example = "true") boolean late,
            @Schema(description = RoundProgressService.DAYS_LEFT, example = "-2") long daysLeft,
            @Schema(description = "One cell per indicator, in the order of the grid's indicators") List<GridCell> cells) {
    }

    @Schema(description = "A round of the year and level's latest catalogue as an office x indicator grid")
    public record ProgressGrid(@Schema(description = RoundProgressService.FISCAL_YEAR, example = "2011") int fiscalYear,
            @Schema(description = RoundProgressService.FISCAL_YEAR_BE, example = "2554") int fiscalYearBe,
            @Schema(description = RoundProgressService.LEVEL, example = "OBEC_AGREEMENT") String level,
            @Schema(description = RoundProgressService.ROUND, example = "6") int round,
            @Schema(description = RoundProgressService.ROUND_LABEL, example = Examples.ROUND_LABEL) String roundLabel,
            @Schema(description = RoundProgressService.CATALOGUE_VERSION, example = "1") int catalogueVersion,
            @Schema(description = RoundProgressService.DEADLINE, example = "2011-04-15") LocalDate deadline,
            @Schema(description = RoundProgressService.AS_OF, example = "2011-04-17") LocalDate asOf,
            @Schema(description = RoundProgressService.DAYS_LEFT, example = "-2") long daysLeft,
            @Schema(description = "True when only the late offices are listed (lateOnly=true)", example = "false") boolean lateOnly,
            @Schema(description = "The columns: the indicators that take a result in the round, in code order (1.1.3 before 1.1.10)") List<GridIndicator> indicators,
            @Schema(description = "The rows, by office code: every registered office for OBEC, an area officer's own office only") List<GridOffice> offices) {
    }

    /** The round's grid for the offices the caller may see; with {@code lateOnly} only the late ones. */
    @Transactional
    public ProgressGrid grid(int fiscalYear, String level, int roundNumber, boolean lateOnly) {
        RoundResults results = progress.roundResults(fiscalYear, level, roundNumber);
        LocalDate deadline = results.round().deadline();
        List<GridIndicator> indicators = results.expected().stream()
                .map(i -> new GridIndicator(i.code(), i.name(), deadline)).toList();
        OfficeScope scope = access.progressScope();
        List<AreaOfficeEntity> visible = scope.everyOffice() ? AreaOfficeEntity.listAll(Sort.by("code"))
                : AreaOfficeEntity.list("code in ?1", Sort.by("code"), scope.offices());
        List<GridOffice> offices = visible.stream().map(o -> row(o, results)).filter(o -> !lateOnly || o.late())
                .toList();
        return new ProgressGrid(fiscalYear, FiscalYear.toBuddhist(fiscalYear), level, roundNumber,
                results.round().label(), results.catalogue().version(), deadline, results.today(), results.daysLeft(),
                lateOnly, indicators, offices);
    }

    private static GridOffice row(AreaOfficeEntity office, RoundResults results) {
        Tally tally = results.tally(office.code);
        return new GridOffice(office.code, office.nameTh, office.kind, tally.late(), tally.daysLeft(),
                results.cells(office.code).stream().map(GridCell::of).toList());
    }
}
