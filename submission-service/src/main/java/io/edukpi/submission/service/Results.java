package io.edukpi.submission.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.edukpi.commons.etag.IfMatch;
import io.edukpi.commons.problem.ProblemError;
import io.edukpi.commons.problem.ProblemException;
import io.edukpi.commons.security.Caller;
import io.edukpi.commons.security.Roles;
import io.edukpi.submission.domain.FormCheck;
import io.edukpi.submission.domain.FormData;
import io.edukpi.submission.domain.FormRollUp;
import io.edukpi.submission.domain.ResultState;
import io.edukpi.submission.domain.RoundRules;
import io.edukpi.submission.domain.SubmissionCatalogue;
import io.edukpi.submission.domain.SubmissionCatalogue.CriterionType;
import io.edukpi.submission.domain.SubmissionCatalogue.FormLevel;
import io.edukpi.submission.domain.SubmissionCatalogue.IndicatorSpec;
import io.edukpi.submission.domain.SubmissionCatalogue.SourceType;
import io.edukpi.submission.domain.Transition;
import io.edukpi.submission.domain.Workflow;
import io.edukpi.submission.domain.WorkflowViolation;
import io.edukpi.submission.persistence.AreaOfficeEntity;
import io.edukpi.submission.persistence.ResultEntity;
import io.edukpi.submission.persistence.ResultSnapshotEntity;
import io.edukpi.submission.persistence.SchoolFormEntity;

/** The use cases of a result: key it, change it, move it through the workflow. */
@ApplicationScoped
public class Results {

    private final Catalogues catalogues;
    private final OfficeDirectory offices;
    private final ResultAccess access;
    private final AuditTrail audit;
    private final FormDocuments forms;
    private final SubmissionEvents events;
    private final Caller caller;
    private final Json json;
    private final Clock clock;

    public Results(Catalogues catalogues, OfficeDirectory offices, ResultAccess access, AuditTrail audit,
            FormDocuments forms, SubmissionEvents events, Caller caller, Json json, Clock clock) {
        this.catalogues = catalogues;
        this.offices = offices;
        this.access = access;
        this.audit = audit;
        this.forms = forms;
        this.events = events;
        this.caller = caller;
        this.json = json;
        this.clock = clock;
    }

    /** The natural key of a result: which office, catalogue, round and indicator. */
    public record Key(String officeCode, int fiscalYear, String level, int round, String indicatorCode) {
    }

    /** What a transition request may carry. */
    public record TransitionRequest(String reason, BigDecimal reviewerScore, String reviewerReason) {
        public static final TransitionRequest NONE = new TransitionRequest(null, null, null);
    }

    @Transactional
    public ResultView create(Key key, ResultContent content) {
        String officeCode = key.officeCode() != null ? key.officeCode() : caller.officeCode().orElse(null);
        if (officeCode == null) {
            throw ProblemException.invalid("Say which area office the result is for.", "ต้องระบุรหัสสำนักงานเขตพื้นที่การศึกษา",
                    List.of(ProblemError.field("officeCode", "required", "officeCode is required", "ต้องระบุ officeCode")));
        }
        access.checkOffice(officeCode);
        AreaOfficeEntity office = offices.require(officeCode);
        SubmissionCatalogue catalogue = catalogues.require(key.fiscalYear(), key.level());
        IndicatorSpec indicator = indicator(catalogue, key.indicatorCode());
        check(() -> RoundRules.checkTakesResult(catalogue, indicator, key.round()));
        ResultEntity existing = ResultEntity.byKey(officeCode, key.fiscalYear(), key.level(), key.round(),
                key.indicatorCode()).orElse(null);
        if (existing != null) {
            throw new ProblemException(409, "result-exists", "Result already exists", "มีผลการดำเนินงานนี้อยู่แล้ว",
                    "Office " + officeCode + " already has a result for indicator " + key.indicatorCode() + " in round "
                            + key.round() + ": " + existing.id + ". Change that one (PUT with If-Match).",
                    "สำนักงานเขต " + officeCode + " มีผลตัวชี้วัด " + key.indicatorCode() + " รอบ " + key.round()
                            + " อยู่แล้ว (" + existing.id + ") กรุณาแก้ไขรายการเดิม",
                    List.of());
        }
        ResultEntity r = open(officeCode, catalogue, key, caller.name());
        applyContent(r, catalogue, indicator, content == null ? empty() : content);
        r.persist();
        audit.record(r, "CREATE", null, r.state.name(), null, null, contentOf(r));
        ResultEntity.flush();
        return view(r, office);
    }

    /** A new draft result, not yet persisted. */
    ResultEntity open(String officeCode, SubmissionCatalogue catalogue, Key key, String by) {
        ResultEntity r = new ResultEntity();
        r.id = UUID.randomUUID();
        r.officeCode = officeCode;
        r.fiscalYear = key.fiscalYear();
        r.level = key.level();
        r.round = key.round();
        r.indicatorCode = key.indicatorCode();
        r.catalogueId = catalogue.id();
        r.catalogueVersion = catalogue.version();
        r.state = ResultState.DRAFT;
        r.version = 1;
        r.valueOrigin = "NONE";
        r.createdBy = by;
        r.createdAt = OffsetDateTime.now(clock);
        r.updatedBy = by;
        r.updatedAt = r.createdAt;
        return r;
    }

    @Transactional
    public ResultView update(UUID id, String ifMatch, ResultContent content) {
        ResultEntity r = access.editable(id);
        IfMatch.require(ifMatch, r.etag(), "result", "ผลการดำเนินงาน");
        SubmissionCatalogue catalogue = catalogues.require(r.fiscalYear, r.level);
        IndicatorSpec indicator = indicator(catalogue, r.indicatorCode);
        Object before = contentOf(r);
        applyContent(r, catalogue, indicator, content == null ? empty() : content);
        touch(r, catalogue);
        audit.record(r, "UPDATE", r.state.name(), r.state.name(), null, before, contentOf(r));
        ResultEntity.flush();
        return view(r);
    }

    @Transactional
    public ResultView transition(UUID id, Transition transition, String ifMatch, TransitionRequest request) {
        ResultEntity r = access.forUpdate(id);
        IfMatch.check(ifMatch, r.etag(), "result", "ผลการดำเนินงาน");
        TransitionRequest body = request == null ? TransitionRequest.NONE : request;
        checkRole(transition, r);
        SubmissionCatalogue catalogue = catalogues.require(r.fiscalYear, r.level);
        IndicatorSpec indicator = indicator(catalogue, r.indicatorCode);
        ResultState from = r.state;
        ResultState to = check(() -> Workflow.apply(from, transition, caller.name(),
                new Workflow.Actors(r.submittedBy, r.certifiedBy), body.reason()));
        Object before = contentOf(r);
        OffsetDateTime now = OffsetDateTime.now(clock);
        switch (transition) {
            case SUBMIT -> submit(r, catalogue, indicator, now);
            case CERTIFY -> {
                r.certifiedBy = caller.name();
                r.certifiedAt = now;
            }
            case ACCEPT -> accept(r, catalogue, indicator, body, now);
            case RETURN -> r.returnReason = body.reason();
            case REOPEN -> reopen(r, catalogue, body.reason(), now);
        }
        r.state = to;
        touch(r, catalogue);
        ResultEntity.flush();
        audit.record(r, transition.name(), from.name(), to.name(), body.reason(), before, contentOf(r));
        if (transition == Transition.ACCEPT) {
            snapshot(r, now);
            events.accepted(r, offices.require(r.officeCode));
        }
        return view(r);
    }

    private void submit(ResultEntity r, SubmissionCatalogue catalogue, IndicatorSpec indicator, OffsetDateTime now) {
        check(() -> RoundRules.checkTakesResult(catalogue, indicator, r.round));
        completeForSubmission(r, indicator);
        for (int earlier : RoundRules.earlierRounds(catalogue, indicator, r.round)) {
            ResultState state = ResultEntity.byKey(r.officeCode, r.fiscalYear, r.level, earlier, r.indicatorCode)
                    .map(e -> e.state).orElse(null);
            if (state != ResultState.CERTIFIED && state != ResultState.ACCEPTED) {
                throw new ProblemException(409, "earlier-round-not-certified", "Earlier round not certified",
                        "ผลรอบก่อนหน้ายังไม่ได้รับการรับรอง",
                        "Round " + r.round + " of indicator " + r.indicatorCode + " cannot be submitted before round "
                                + earlier + " is certified (round " + earlier + " is " + (state == null ? "not keyed" : state)
                                + ").",
                        "ส่งผลตัวชี้วัด " + r.indicatorCode + " รอบ " + r.round + " ไม่ได้ จนกว่าผลรอบ " + earlier
                                + " จะได้รับการรับรอง",
                        List.of());
            }
        }
        r.late = check(() -> RoundRules.late(catalogue, RoundRules.round(catalogue, r.round), Clocks.today(clock)));
        r.submittedBy = caller.name();
        r.submittedAt = now;
        r.certifiedBy = null;
        r.certifiedAt = null;
        r.returnReason = null;
    }

    private void completeForSubmission(ResultEntity r, IndicatorSpec indicator) {
        List<ProblemError> errors = new ArrayList<>();
        if (indicator.criterion() == CriterionType.MILESTONE) {
            if (r.stepsCompleted == null) {
                errors.add(ProblemError.field("stepsCompleted", "required",
                        "Say which milestone steps were reached (an empty list for none).",
                        "ต้องระบุขั้นตอนที่ดำเนินการแล้ว (รายการว่างหากยังไม่ถึงขั้นใด)"));
            }
        } else if (r.value == null) {
            errors.add(indicator.source().type() == SourceType.FORM
                    ? ProblemError.field("value", "form-incomplete",
                            "The result is computed from the forms and cannot be computed yet: fill the office form and have "
                                    + "the schools fill theirs.",
                            "ยังคำนวณผลจากแบบฟอร์มไม่ได้ กรุณากรอกแบบฟอร์มของเขตและให้โรงเรียนกรอกแบบฟอร์มของโรงเรียน")
                    : ProblemError.field("value", "required", "A value is required before the result is submitted.",
                            "ต้องกรอกค่าผลการดำเนินงานก่อนส่ง"));
        }
        if (indicator.source().type() == SourceType.FORM) {
            indicator.form(FormLevel.AREA_OFFICE).ifPresent(form -> FormCheck.check(form,
                    forms.read(json.tree(r.officeForm), "officeForm"), "officeForm", true)
                    .forEach(f -> errors.add(ProblemError.field(f.path(), f.code(), f.message(), f.messageTh()))));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("The result is not complete enough to submit.",
                    "ผลการดำเนินงานยังไม่ครบถ้วนพอที่จะส่ง",
                    errors);
        }
    }

    private void accept(ResultEntity r, SubmissionCatalogue catalogue, IndicatorSpec indicator, TransitionRequest body,
            OffsetDateTime now) {
        if (body.reviewerScore() != null) {
            List<ProblemError> errors = new ArrayList<>();
            if (indicator.criterion() != CriterionType.MILESTONE) {
                errors.add(ProblemError.field("reviewerScore", "milestone-only",
                        "A reviewer's score replaces the computed one only for MILESTONE indicators.",
                        "ผู้ตรวจให้คะแนนแทนได้เฉพาะตัวชี้วัดแบบขั้นความสำเร็จ (MILESTONE)"));
            }
            if (body.reviewerScore().signum() < 0 || body.reviewerScore().compareTo(BigDecimal.valueOf(5)) > 0) {
                errors.add(ProblemError.field("reviewerScore", "range", "The score must be between 0 and 5.",
                        "คะแนนต้องอยู่ระหว่าง 0 ถึง 5").withValue(body.reviewerScore().toPlainString()));
            }
            if (body.reviewerReason() == null || body.reviewerReason().isBlank()) {
                errors.add(ProblemError.field("reviewerReason", "required",
                        "Say why the reviewer's score replaces the computed one.",
                        "ต้องระบุเหตุผลของคะแนนที่ผู้ตรวจให้"));
            }
            if (!errors.isEmpty()) {
                throw ProblemException.invalid("The reviewer's score cannot be used.", "ใช้คะแนนของผู้ตรวจไม่ได้", errors);
            }
        }
        r.reviewerScore = body.reviewerScore();
        r.reviewerReason = body.reviewerScore() == null ? null : body.reviewerReason();
        r.acceptedBy = caller.name();
        r.acceptedAt = now;
        r.returnReason = null;
    }

    private void reopen(ResultEntity r, SubmissionCatalogue catalogue, String reason, OffsetDateTime now) {
        ResultSnapshotEntity snapshot = ResultSnapshotEntity.findById(new ResultSnapshotEntity.Key(r.id, r.version));
        if (snapshot != null) {
            snapshot.withdrawnAt = now;
        }
        events.withdrawn(r, offices.require(r.officeCode), reason, caller.name(), now);
        r.version = r.version + 1;
        r.submittedBy = null;
        r.submittedAt = null;
        r.certifiedBy = null;
        r.certifiedAt = null;
        r.acceptedBy = null;
        r.acceptedAt = null;
        r.reviewerScore = null;
        r.reviewerReason = null;
        r.late = false;
    }

    private void snapshot(ResultEntity r, OffsetDateTime now) {
        ResultSnapshotEntity s = new ResultSnapshotEntity();
        s.key = new ResultSnapshotEntity.Key(r.id, r.version);
        s.data = json.text(view(r));
        s.acceptedAt = now;
        s.persist();
    }

    /** Who may take each step: the office for its own steps, OBEC's reviewer for acceptance, obec-admin to reopen. */
    private void checkRole(Transition transition, ResultEntity r) {
        boolean allowed = switch (transition) {
            case SUBMIT, CERTIFY -> caller.hasRole(Roles.AREA_OFFICER);
            case ACCEPT -> caller.hasRole(Roles.REVIEWER);
            case RETURN -> r.state == ResultState.SUBMITTED ? caller.hasRole(Roles.AREA_OFFICER)
                    : caller.hasRole(Roles.REVIEWER);
            case REOPEN -> caller.hasRole(Roles.OBEC_ADMIN);
        };
        if (!allowed) {
            String who = switch (transition) {
                case SUBMIT, CERTIFY -> "the area office's officers (area-officer)";
                case ACCEPT -> "OBEC's reviewer (reviewer)";
                case RETURN -> r.state == ResultState.SUBMITTED ? "the office's indicator supervisor (area-officer)"
                        : "OBEC's reviewer (reviewer)";
                case REOPEN -> "obec-admin";
            };
            throw new ProblemException(403, "forbidden", "Forbidden", "ไม่มีสิทธิ์",
                    "Only " + who + " may " + transition.name().toLowerCase() + " a " + r.state + " result.",
                    "ขั้นตอน '" + transition.labelTh() + "' ของผลในสถานะ " + r.state + " ทำได้เฉพาะ " + who, List.of());
        }
    }

    /** Applies keyed content after checking it against the indicator; FORM values are recomputed, never keyed. */
    void applyContent(ResultEntity r, SubmissionCatalogue catalogue, IndicatorSpec indicator, ResultContent c) {
        List<ProblemError> errors = new ArrayList<>();
        boolean milestone = indicator.criterion() == CriterionType.MILESTONE;
        if (indicator.source().type() == SourceType.FORM && c.value() != null
                && (r.value == null || c.value().compareTo(r.value) != 0)) {
            errors.add(ProblemError.field("value", "value-computed",
                    "Indicator " + indicator.code() + " is computed from its reference forms; its value cannot be keyed.",
                    "ตัวชี้วัด " + indicator.code() + " คำนวณจากแบบฟอร์มอ้างอิง ไม่สามารถกรอกค่าเองได้")
                    .withValue(c.value().toPlainString()));
        }
        if (milestone && c.value() != null) {
            errors.add(ProblemError.field("value", "milestone", "A MILESTONE indicator takes stepsCompleted, not a value.",
                    "ตัวชี้วัดแบบขั้นความสำเร็จให้ระบุ stepsCompleted ไม่ใช่ค่า value"));
        }
        if (!milestone && c.stepsCompleted() != null) {
            errors.add(ProblemError.field("stepsCompleted", "not-milestone",
                    "Only MILESTONE indicators take stepsCompleted.",
                    "ระบุ stepsCompleted ได้เฉพาะตัวชี้วัดแบบขั้นความสำเร็จ"));
        }
        if (milestone && c.stepsCompleted() != null) {
            List<Integer> steps = c.stepsCompleted();
            for (int i = 0; i < steps.size(); i++) {
                Integer s = steps.get(i);
                if (s == null || s < 1 || s > indicator.milestoneSteps()) {
                    errors.add(ProblemError.field("stepsCompleted[" + i + "]", "range",
                            "Steps run from 1 to " + indicator.milestoneSteps() + ".",
                            "ขั้นตอนมีตั้งแต่ 1 ถึง " + indicator.milestoneSteps()).withValue(String.valueOf(s)));
                }
            }
            if (new HashSet<>(steps).size() != steps.size()) {
                errors.add(ProblemError.field("stepsCompleted", "duplicate", "A step is listed twice.", "ระบุขั้นตอนซ้ำ"));
            }
        }
        FormData officeForm = null;
        if (c.officeForm() != null && !c.officeForm().isNull()) {
            var form = indicator.form(FormLevel.AREA_OFFICE);
            if (form.isEmpty()) {
                errors.add(ProblemError.field("officeForm", "no-form", "Indicator " + indicator.code()
                        + " has no area-office reference form.",
                        "ตัวชี้วัด " + indicator.code() + " ไม่มีแบบฟอร์มอ้างอิงของเขต"));
            } else {
                try {
                    officeForm = forms.read(c.officeForm(), "officeForm");
                    FormCheck.check(form.get(), officeForm, "officeForm", false)
                            .forEach(f -> errors.add(ProblemError.field(f.path(), f.code(), f.message(), f.messageTh())));
                } catch (FormDocuments.MalformedForm e) {
                    errors.addAll(e.errors());
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("The result's content does not fit indicator " + indicator.code() + ".",
                    "ข้อมูลผลการดำเนินงานไม่ตรงกับตัวชี้วัด " + indicator.code(), errors);
        }
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
                r.valueOrigin = c.value() == null ? "NONE"
                        : r.registryValue != null && r.registryValue.compareTo(c.value()) == 0 ? "REGISTRY" : "KEYED";
            }
            case MANUAL -> {
                r.value = c.value();
                r.valueOrigin = c.value() == null && r.stepsCompleted == null ? "NONE" : "KEYED";
            }
        }
    }

    /** Recomputes a FORM result from the office form and every school form filled so far. */
    void rollUp(ResultEntity r, IndicatorSpec indicator) {
        FormData office = r.officeForm == null ? FormData.EMPTY : forms.read(json.tree(r.officeForm), "officeForm");
        List<FormData> schools = SchoolFormEntity.ofResult(r.id).stream()
                .map(s -> forms.read(json.tree(s.data), "data")).toList();
        r.value = FormRollUp.compute(indicator, office, schools).orElse(null);
        r.valueOrigin = r.value == null ? "NONE" : "FORM";
    }

    void touch(ResultEntity r, SubmissionCatalogue latest) {
        r.updatedBy = caller.isAuthenticated() ? caller.name() : "system";
        r.updatedAt = OffsetDateTime.now(clock);
        if (r.state != ResultState.ACCEPTED) {
            r.catalogueId = latest.id();
            r.catalogueVersion = latest.version();
        }
    }

    static IndicatorSpec indicator(SubmissionCatalogue catalogue, String code) {
        return catalogue.indicator(code).orElseThrow(() -> ProblemException.notFound("Indicator", "ตัวชี้วัด",
                code + " in catalogue " + catalogue.fiscalYear() + " " + catalogue.level()));
    }

    /** The part of a result the audit compares before and after a change. */
    Object contentOf(ResultEntity r) {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("state", r.state.name());
        m.put("version", r.version);
        m.put("value", ResultView.plain(r.value));
        m.put("valueOrigin", r.valueOrigin);
        m.put("stepsCompleted", r.stepsCompleted);
        m.put("narrative", r.narrative);
        m.put("problems", r.problems);
        m.put("suggestions", r.suggestions);
        m.put("dataCollector", json.tree(r.dataCollector));
        m.put("supervisor", json.tree(r.supervisor));
        m.put("certifier", json.tree(r.certifier));
        m.put("officeForm", json.tree(r.officeForm));
        m.put("late", r.late);
        m.put("returnReason", r.returnReason);
        m.put("reviewerScore", ResultView.plain(r.reviewerScore));
        m.put("reviewerReason", r.reviewerReason);
        return m;
    }

    public ResultView view(ResultEntity r) {
        return view(r, AreaOfficeEntity.findById(r.officeCode));
    }

    ResultView view(ResultEntity r, AreaOfficeEntity office) {
        return ResultView.of(r, catalogues.byId(r.catalogueId), office == null ? null : office.nameTh,
                office == null ? null : office.kind, json);
    }

    private static ResultContent empty() {
        return new ResultContent(null, null, null, null, null, null, null, null, null);
    }

    static <T> T check(java.util.function.Supplier<T> rule) {
        try {
            return rule.get();
        } catch (WorkflowViolation v) {
            throw Violations.problem(v);
        }
    }

    static void check(Runnable rule) {
        check(() -> {
            rule.run();
            return null;
        });
    }

}
