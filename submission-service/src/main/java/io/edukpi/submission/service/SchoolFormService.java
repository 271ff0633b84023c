package io.edukpi.submission.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

import io.edukpi.commons.message.Finding;
import io.edukpi.commons.problem.ProblemException;
import io.edukpi.commons.security.Caller;
import io.edukpi.submission.domain.FormCheck;
import io.edukpi.submission.domain.FormData;
import io.edukpi.submission.domain.ResultKey;
import io.edukpi.submission.domain.RoundRules;
import io.edukpi.submission.domain.SubmissionCatalogue;
import io.edukpi.submission.domain.SubmissionCatalogue.FormLevel;
import io.edukpi.submission.domain.SubmissionCatalogue.IndicatorSpec;
import io.edukpi.submission.domain.SubmissionCatalogue.SourceType;
import io.edukpi.submission.domain.SubmissionMessage;
import io.edukpi.submission.persistence.OfficeSchoolEntity;
import io.edukpi.submission.persistence.ResultEntity;
import io.edukpi.submission.persistence.SchoolFormEntity;
import io.edukpi.submission.service.RoundProgressService.School;

/**
 * Schools' forms (2) of FORM indicators: each school fills its own; the office's result is recomputed
 * from them in the same transaction, and the office sees which of its schools still owe one.
 */
@ApplicationScoped
public class SchoolFormService {

    private final CatalogueService catalogues;
    private final OfficeDirectory offices;
    private final ResultEditing editing;
    private final ResultAccess access;
    private final AuditTrail audit;
    private final FormDocuments forms;
    private final Caller caller;
    private final JsonColumns json;
    private final Clock clock;

    public SchoolFormService(CatalogueService catalogues, OfficeDirectory offices, ResultEditing editing, ResultAccess access,
            AuditTrail audit, FormDocuments forms, Caller caller, JsonColumns json, Clock clock) {
        this.catalogues = catalogues;
        this.offices = offices;
        this.editing = editing;
        this.access = access;
        this.audit = audit;
        this.forms = forms;
        this.caller = caller;
        this.json = json;
        this.clock = clock;
    }

    @Schema(description = "One school's form (2) for an indicator and round, as the school filled it")
    public record SchoolForm(@Schema(description = "The school's code (10 digits)", example = "1050130001") String schoolCode,
            @Schema(description = "The school's name, in Thai; null when the registry does not know the school (any more)", nullable = true) String schoolNameTh,
            @Schema(description = "The office's result the form feeds", example = "3f1c2a9e-5b7d-4e8a-9c61-2d4f8b0a7e15") UUID resultId,
            @Schema(description = "The school's area office code", example = "5001") String officeCode,
            @Schema(description = RoundProgressService.FISCAL_YEAR, example = "2011") int fiscalYear,
            @Schema(description = RoundProgressService.LEVEL, example = "OBEC_AGREEMENT") String level,
            @Schema(description = RoundProgressService.ROUND, example = "6") int round,
            @Schema(description = "Indicator code", example = "3.1.2") String indicatorCode,
            @Schema(description = "The form's fields as the school filled them, by the catalogue's school form") JsonNode data,
            @Schema(description = "Who filled or last replaced it (user name)") String filledBy,
            @Schema(description = "When it was filled or last replaced") OffsetDateTime filledAt,
            @Schema(description = "The office result's value, computed from all its schools' forms; null until one can be computed", example = "74.36", nullable = true) BigDecimal officeValue) {
    }

    @Schema(description = "The schools' forms of one FORM result, and the schools that still owe theirs")
    public record Overview(
            @Schema(description = "The result's id", example = "3f1c2a9e-5b7d-4e8a-9c61-2d4f8b0a7e15") UUID resultId,
            @Schema(description = "Indicator code", example = "3.1.2") String indicatorCode,
            @Schema(description = RoundProgressService.ROUND, example = "6") int round,
            @Schema(description = "Schools of the office the registry knows", example = "2") int schoolsKnown,
            @Schema(description = "Forms filled", example = "1") int filled,
            @Schema(description = "The filled forms") List<SchoolForm> forms,
            @Schema(description = "The office's schools that have not filled theirs, by code") List<School> missing) {
    }

    /** The school's form for one indicator and round, filled or replaced by the school itself. */
    @Transactional
    public SchoolForm put(String schoolCode, ResultKey key, JsonNode data) {
        ownSchool(schoolCode);
        String officeCode = caller.officeCode()
                .orElseThrow(() -> ProblemException.forbidden(SubmissionMessage.NO_OFFICE_CLAIM.text()));
        offices.require(officeCode);
        SubmissionCatalogue catalogue = catalogues.require(key.fiscalYear(), key.level());
        IndicatorSpec indicator = CatalogueService.indicator(catalogue, key.indicatorCode());
        var form = schoolForm(indicator);
        RoundRules.checkTakesResult(catalogue, indicator, key.round());
        FormData filled;
        try {
            filled = forms.read(data, "data");
        } catch (FormDocuments.MalformedFormException e) {
            throw ProblemException.invalid(SubmissionMessage.FORM_MALFORMED.text(), e.errors());
        }
        List<Finding> errors = FormCheck.check(form, filled, "data", true);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(SubmissionMessage.SCHOOL_FORM_MISFIT.text(form.code()), errors);
        }
        ResultKey officeKey = key.forOffice(officeCode);
        ResultEntity r = ResultEntity.byKey(officeCode, key.fiscalYear(), key.level(), key.round(), key.indicatorCode())
                .orElse(null);
        if (r == null) {
            r = editing.open(officeKey, catalogue, caller.name());
            r.persist();
            audit.record(r, "CREATE", null, r.state.name(), "opened by a school's form", null, null);
        } else {
            r = access.forUpdateAny(r.id);
            if (!r.state.editable()) {
                throw ProblemException.conflict(SubmissionMessage.OFFICE_ALREADY_SUBMITTED.text(r.state));
            }
        }
        SchoolFormEntity existing = SchoolFormEntity.findById(new SchoolFormEntity.Key(r.id, schoolCode));
        Object before = existing == null ? null
                : Map.of("schoolCode", schoolCode, "data", json.tree(existing.data),
                        "value", String.valueOf(ResultView.plain(r.value)));
        if (existing == null) {
            existing = new SchoolFormEntity();
            existing.key = new SchoolFormEntity.Key(r.id, schoolCode);
        }
        existing.data = json.text(data);
        existing.filledBy = caller.name();
        existing.filledAt = OffsetDateTime.now(clock);
        existing.persist();
        SchoolFormEntity.flush();
        editing.rollUp(r, indicator);
        editing.touch(r, catalogue);
        audit.record(r, "SCHOOL_FORM", r.state.name(), r.state.name(), "school " + schoolCode, before,
                Map.of("schoolCode", schoolCode, "data", data, "value", String.valueOf(ResultView.plain(r.value))));
        ResultEntity.flush();
        return view(existing, r);
    }

    @Transactional
    public SchoolForm get(String schoolCode, ResultKey key) {
        ownSchool(schoolCode);
        String officeCode = caller.officeCode().orElse("-");
        ResultEntity r = ResultEntity.byKey(officeCode, key.fiscalYear(), key.level(), key.round(), key.indicatorCode())
                .orElse(null);
        SchoolFormEntity form = r == null ? null : SchoolFormEntity.findById(new SchoolFormEntity.Key(r.id, schoolCode));
        if (form == null) {
            throw ProblemException.notFound(SubmissionMessage.notFound(SubmissionMessage.THING_SCHOOL_FORM,
                    schoolCode + " " + key.indicatorCode() + " round " + key.round()));
        }
        return view(form, r);
    }

    /** The office's view: which schools filled their form and which still owe one. */
    @Transactional
    public Overview overview(UUID resultId) {
        ResultEntity r = access.visible(resultId);
        IndicatorSpec indicator = CatalogueService.indicator(catalogues.byId(r.catalogueId), r.indicatorCode);
        schoolForm(indicator);
        List<SchoolForm> filled = SchoolFormEntity.ofResult(r.id).stream().map(f -> view(f, r)).toList();
        Set<String> done = filled.stream().map(SchoolForm::schoolCode).collect(Collectors.toSet());
        List<OfficeSchoolEntity> known = OfficeSchoolEntity.ofOffice(r.officeCode);
        List<School> missing = known.stream().filter(s -> !done.contains(s.code))
                .map(s -> new School(s.code, s.nameTh)).toList();
        return new Overview(r.id, r.indicatorCode, r.round, known.size(), filled.size(), filled, missing);
    }

    private SchoolForm view(SchoolFormEntity f, ResultEntity r) {
        OfficeSchoolEntity school = OfficeSchoolEntity.findById(f.key.schoolCode());
        return new SchoolForm(f.key.schoolCode(), school == null ? null : school.nameTh, r.id, r.officeCode,
                r.fiscalYear, r.level, r.round, r.indicatorCode, json.tree(f.data), f.filledBy, f.filledAt,
                ResultView.plain(r.value));
    }

    private static SubmissionCatalogue.Form schoolForm(IndicatorSpec indicator) {
        if (indicator.source().type() != SourceType.FORM || indicator.form(FormLevel.SCHOOL).isEmpty()) {
            throw ProblemException.invalid(SubmissionMessage.NOT_FROM_SCHOOL_FORMS.text(indicator.code()),
                    List.of(SubmissionMessage.NO_SCHOOL_FORM.at("indicatorCode")));
        }
        return indicator.form(FormLevel.SCHOOL).get();
    }

    /** A school officer works on its own school only; another school's code answers 404. */
    private void ownSchool(String schoolCode) {
        if (!caller.schoolCode().map(schoolCode::equals).orElse(false)) {
            throw ProblemException.notFound(SubmissionMessage.notFound(SubmissionMessage.THING_SCHOOL, schoolCode));
        }
    }
}
