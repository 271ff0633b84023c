package io.edukpi.submission.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import io.edukpi.commons.calendar.FiscalYear;
import io.edukpi.submission.domain.ResultState;
import io.edukpi.submission.domain.SubmissionCatalogue;
import io.edukpi.submission.persistence.ResultEntity;

/** A result as the API shows it. */
public record ResultView(
        UUID id,
        String officeCode,
        String officeNameTh,
        String officeKind,
        int fiscalYear,
        int fiscalYearBe,
        String level,
        int round,
        String indicatorCode,
        String indicatorName,
        String criterionType,
        String resultSource,
        UUID catalogueId,
        int catalogueVersion,
        ResultState state,
        boolean editable,
        int version,
        int revision,
        BigDecimal value,
        List<Integer> stepsCompleted,
        String valueOrigin,
        BigDecimal registryValue,
        String narrative,
        String problems,
        String suggestions,
        JsonNode dataCollector,
        JsonNode supervisor,
        JsonNode certifier,
        JsonNode officeForm,
        LocalDate deadline,
        boolean late,
        String returnReason,
        BigDecimal reviewerScore,
        String reviewerReason,
        String createdBy,
        OffsetDateTime createdAt,
        String updatedBy,
        OffsetDateTime updatedAt,
        String submittedBy,
        OffsetDateTime submittedAt,
        String certifiedBy,
        OffsetDateTime certifiedAt,
        String acceptedBy,
        OffsetDateTime acceptedAt) {

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
