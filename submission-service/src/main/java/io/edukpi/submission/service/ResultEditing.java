package io.edukpi.submission.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.edukpi.commons.etag.IfMatch;
import io.edukpi.commons.message.Finding;
import io.edukpi.commons.problem.ProblemException;
import io.edukpi.commons.security.Caller;
import io.edukpi.submission.domain.FormCheck;
import io.edukpi.submission.domain.FormData;
import io.edukpi.submission.domain.FormRollUp;
import io.edukpi.submission.domain.ResultContentRules;
import io.edukpi.submission.domain.ResultKey;
import io.edukpi.submission.domain.ResultState;
import io.edukpi.submission.domain.RoundRules;
import io.edukpi.submission.domain.SubmissionCatalogue;
import io.edukpi.submission.domain.SubmissionCatalogue.CriterionType;
import io.edukpi.submission.domain.SubmissionCatalogue.FormLevel;
import io.edukpi.submission.domain.SubmissionCatalogue.IndicatorSpec;
import io.edukpi.submission.domain.SubmissionMessage;
import io.edukpi.submission.domain.ValueOrigin;
import io.edukpi.submission.persistence.AreaOfficeEntity;
import io.edukpi.submission.persistence.ResultEntity;
import io.edukpi.submission.persistence.SchoolFormEntity;

/** Keying a result and changing its content while it is the office's draft. */
@ApplicationScoped
public class ResultEditing {

    private static final ResultContent EMPTY = new ResultContent(null, null, null, null, null, null, null, null, null);

    private final CatalogueService catalogues;
    private final OfficeDirectory offices;
    private final ResultAccess access;
    private final ResultQueries queries;
    private final AuditTrail audit;
    private final FormDocuments forms;
    private final Caller caller;
    private final JsonColumns json;
    private final Clock clock;

    public ResultEditing(CatalogueService catalogues, OfficeDirectory offices, ResultAccess access, ResultQueries queries,
            AuditTrail audit, FormDocuments forms, Caller caller, JsonColumns json, Clock clock) {
        this.catalogues = catalogues;
        this.offices = offices;
        this.access = access;
        this.queries = queries;
        this.audit = audit;
        this.forms = forms;
        this.caller = caller;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    public ResultView create(ResultKey requested, ResultContent content) {
        String officeCode = requested.officeCode() != null ? requested.officeCode() : caller.officeCode().orElse(null);
        if (officeCode == null) {
            throw ProblemException.invalid(SubmissionMessage.OFFICE_REQUIRED.text(),
                    List.of(SubmissionMessage.REQUIRED.at("officeCode", "officeCode")));
        }
        ResultKey key = requested.forOffice(officeCode);
        access.checkOffice(officeCode);
        AreaOfficeEntity office = offices.require(officeCode);
        SubmissionCatalogue catalogue = catalogues.require(key.fiscalYear(), key.level());
        IndicatorSpec indicator = CatalogueService.indicator(catalogue, key.indicatorCode());
        RoundRules.checkTakesResult(catalogue, indicator, key.round());
        ResultEntity.byKey(officeCode, key.fiscalYear(), key.level(), key.round(), key.indicatorCode())
                .ifPresent(existing -> {
                    throw new ProblemException(409, SubmissionMessage.RESULT_EXISTS, SubmissionMessage.RESULT_EXISTS_DETAIL
                            .text(officeCode, key.indicatorCode(), key.round(), existing.id), List.of());
                });
        ResultEntity r = open(key, catalogue, caller.name());
        applyContent(r, indicator, content == null ? EMPTY : content);
        r.persist();
        audit.record(r, "CREATE", null, r.state.name(), null, null, audit.content(r));
        ResultEntity.flush();
        return queries.view(r, office);
    }

    /** A new draft result, not yet persisted. */
    ResultEntity open(ResultKey key, SubmissionCatalogue catalogue, String by) {
        return ResultEntity.draft(key, catalogue.id(), catalogue.version(), by, OffsetDateTime.now(clock));
    }

    @Transactional
    public ResultView update(UUID id, String ifMatch, ResultContent content) {
        ResultEntity r = access.editable(id);
        IfMatch.require(ifMatch, r.etag());
        SubmissionCatalogue catalogue = catalogues.require(r.fiscalYear, r.level);
        IndicatorSpec indicator = CatalogueService.indicator(catalogue, r.indicatorCode);
        Object before = audit.content(r);
        applyContent(r, indicator, content == null ? EMPTY : content);
        touch(r, catalogue);
        audit.record(r, "UPDATE", r.state.name(), r.state.name(), null, before, audit.content(r));
        ResultEntity.flush();
        return queries.view(r);
    }

    /** Applies keyed content after checking it against the indicator; FORM values are recomputed, never keyed. */
    private void applyContent(ResultEntity r, IndicatorSpec indicator, ResultContent c) {
        boolean hasOfficeForm = c.officeForm() != null && !c.officeForm().isNull();
        List<Finding> errors = new ArrayList<>(
                ResultContentRules.check(indicator, r.value, c.value(), c.stepsCompleted(), hasOfficeForm));
        FormData officeForm = null;
        var form = indicator.form(FormLevel.AREA_OFFICE);
        if (hasOfficeForm && form.isPresent()) {
            try {
                officeForm = forms.read(c.officeForm(), "officeForm");
                errors.addAll(FormCheck.check(form.get(), officeForm, "officeForm", false));
            } catch (FormDocuments.MalformedFormException e) {
                errors.addAll(e.errors());
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(SubmissionMessage.CONTENT_MISFIT.text(indicator.code()), errors);
        }
        boolean milestone = indicator.criterion() == CriterionType.MILESTONE;
        r.narrative = c.narrative();
        r.problems = c.problems();
        r.suggestions = c.suggestions();
        r.dataCollector = json.text(c.dataCollector());
        r.supervisor = json.text(c.supervisor());
        r.certifier = json.text(c.certifier());
        r.officeForm = officeForm == null ? null : json.text(c.officeForm());
        r.stepsCompleted = milestone && c.stepsCompleted() != null
                ? c.stepsCompleted().stream().sorted().toArray(Integer[]::new)
                : null;
        switch (indicator.source().type()) {
            case FORM -> rollUp(r, indicator);
            case REGISTRY -> {
                r.value = c.value();
                r.valueOrigin = ValueOrigin.ofRegistryResult(c.value(), r.registryValue);
            }
            case MANUAL -> {
                r.value = c.value();
                r.valueOrigin = c.value() == null && r.stepsCompleted == null ? ValueOrigin.NONE : ValueOrigin.KEYED;
            }
        }
    }

    /** Recomputes a FORM result from the office form and every school form filled so far. */
    void rollUp(ResultEntity r, IndicatorSpec indicator) {
        FormData office = officeForm(r);
        List<FormData> schools = SchoolFormEntity.ofResult(r.id).stream()
                .map(s -> forms.read(json.tree(s.data), "data")).toList();
        r.value = FormRollUp.compute(indicator, office, schools).orElse(null);
        r.valueOrigin = r.value == null ? ValueOrigin.NONE : ValueOrigin.FORM;
    }

    /** The office form the result holds, or an empty one. */
    FormData officeForm(ResultEntity r) {
        return r.officeForm == null ? FormData.EMPTY : forms.read(json.tree(r.officeForm), "officeForm");
    }

    /** Records who changed the result; a result not yet accepted follows the newest catalogue version. */
    void touch(ResultEntity r, SubmissionCatalogue latest) {
        r.updatedBy = caller.isAuthenticated() ? caller.name() : "system";
        r.updatedAt = OffsetDateTime.now(clock);
        if (r.state != ResultState.ACCEPTED) {
            r.catalogueId = latest.id();
            r.catalogueVersion = latest.version();
        }
    }
}
