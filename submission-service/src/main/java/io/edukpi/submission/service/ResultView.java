package io.edukpi.submission.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

import io.edukpi.commons.calendar.FiscalYear;
import io.edukpi.submission.domain.ResultState;
import io.edukpi.submission.domain.SubmissionCatalogue;
import io.edukpi.submission.persistence.ResultEntity;

/** A result as the API shows it. */
public record ResultView(
        @Schema(description = "The result's id", example = "3f1c2a9e-5b7d-4e8a-9c61-2d4f8b0a7e15") UUID id,
        @Schema(description = "Area office code", example = "5001") String officeCode,
        @Schema(description = "The office's Thai name") String officeNameTh,
        @Schema(description = "PRIMARY or SECONDARY", example = "PRIMARY") String officeKind,
        @Schema(description = "Fiscal year, C.E.", example = "2011") int fiscalYear,
        @Schema(description = "The same fiscal year in B.E., for Thai labels only", example = "2554") int fiscalYearBe,
        @Schema(description = "Catalogue level", example = "OBEC_AGREEMENT") String level,
        @Schema(description = "Round of the catalogue", example = "9") int round,
        @Schema(description = "Indicator code", example = "1.1.1") String indicatorCode,
        @Schema(description = "Indicator name, in Thai") String indicatorName,
        @Schema(description = "THRESHOLD, PASS_FAIL or MILESTONE", example = "THRESHOLD") String criterionType,
        @Schema(description = "Where the value comes from: MANUAL, REGISTRY or FORM", example = "MANUAL") String resultSource,
        @Schema(description = "The catalogue version keyed against") UUID catalogueId,
        @Schema(description = "That version's number", example = "1") int catalogueVersion,
        @Schema(description = "Workflow state") ResultState state,
        @Schema(description = "Whether the content may be changed (DRAFT or RETURNED)", example = "true") boolean editable,
        @Schema(description = "Grows when an accepted result is reopened", example = "1") int version,
        @Schema(description = "Grows with every change; with version, the ETag", example = "3") int revision,
        @Schema(description = "The value (THRESHOLD, PASS_FAIL)", example = "74.36") BigDecimal value,
        @Schema(description = "Milestone steps reached (MILESTONE)") List<Integer> stepsCompleted,
        @Schema(description = "KEYED by the office or derived from the REGISTRY", example = "KEYED") String valueOrigin,
        @Schema(description = "The registry's figure for a REGISTRY result, kept beside a corrected value") BigDecimal registryValue,
        @Schema(description = "How the result was obtained") String narrative,
        @Schema(description = "Problems met") String problems,
        @Schema(description = "Suggestions") String suggestions,
        @Schema(description = "The data collector (name, position, phone, email)") JsonNode dataCollector,
        @Schema(description = "The indicator supervisor (name, position, phone, email)") JsonNode supervisor,
        @Schema(description = "Who certified the data (name, position, certifiedOn)") JsonNode certifier,
        @Schema(description = "The office's reference form (1)") JsonNode officeForm,
        @Schema(description = "The round's deadline (a Bangkok date, C.E.)", example = "2011-07-15") LocalDate deadline,
        @Schema(description = "Submitted after the deadline", example = "false") boolean late,
        @Schema(description = "Why it was last returned") String returnReason,
        @Schema(description = "The reviewer's score of a MILESTONE indicator, when given") BigDecimal reviewerScore,
        @Schema(description = "Why the reviewer gave it") String reviewerReason,
        @Schema(description = "Who opened it") String createdBy,
        @Schema(description = "When it was opened") OffsetDateTime createdAt,
        @Schema(description = "Who changed it last") String updatedBy,
        @Schema(description = "When it was changed last") OffsetDateTime updatedAt,
        @Schema(description = "Who submitted it") String submittedBy,
        @Schema(description = "When it was submitted") OffsetDateTime submittedAt,
        @Schema(description = "Who certified it") String certifiedBy,
        @Schema(description = "When it was certified") OffsetDateTime certifiedAt,
        @Schema(description = "Who accepted it") String acceptedBy,
        @Schema(description = "When it was accepted") OffsetDateTime acceptedAt) {

    /** Numbers as keyed: the column's scale (numeric(30, 10)) is not part of the value. */
    static BigDecimal plain(BigDecimal v) {
        if (v == null) {
            return null;
        }
        BigDecimal stripped = v.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    static ResultView of(ResultEntity r, SubmissionCatalogue catalogue, String officeNameTh, String officeKind,
            JsonColumns json) {
        SubmissionCatalogue.IndicatorSpec indicator = catalogue.indicators().get(r.indicatorCode);
        return new ResultView(r.id, r.officeCode, officeNameTh, officeKind, r.fiscalYear, FiscalYear.toBuddhist(r.fiscalYear),
                r.level,
                r.round, r.indicatorCode, indicator == null ? null : indicator.name(),
                indicator == null || indicator.criterion() == null ? null : indicator.criterion().name(),
                indicator == null ? null : indicator.source().type().name(), r.catalogueId, r.catalogueVersion,
                r.state, r.state.editable(), r.version, r.revision, plain(r.value),
                r.stepsCompleted == null ? null : Arrays.asList(r.stepsCompleted), r.valueOrigin.name(), plain(r.registryValue),
                r.narrative, r.problems, r.suggestions, json.tree(r.dataCollector), json.tree(r.supervisor),
                json.tree(r.certifier), json.tree(r.officeForm),
                catalogue.round(r.round).map(SubmissionCatalogue.Round::deadline).orElse(null), r.late,
                r.returnReason, plain(r.reviewerScore), r.reviewerReason, r.createdBy, r.createdAt, r.updatedBy, r.updatedAt,
                r.submittedBy, r.submittedAt, r.certifiedBy, r.certifiedAt, r.acceptedBy, r.acceptedAt);
    }
}
