package io.edukpi.submission.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;

import io.edukpi.submission.domain.RegistryMetric;
import io.edukpi.submission.domain.ResultKey;
import io.edukpi.submission.domain.RoundRules;
import io.edukpi.submission.domain.SubmissionCatalogue;
import io.edukpi.submission.domain.SubmissionCatalogue.IndicatorSpec;
import io.edukpi.submission.domain.SubmissionCatalogue.SourceType;
import io.edukpi.submission.domain.ValueOrigin;
import io.edukpi.submission.persistence.RegistryCensusEntity;
import io.edukpi.submission.persistence.ResultEntity;

/**
 * Registry-derived results: the registry's figures of an office (registry.statistics) become draft
 * results of the REGISTRY indicators that read that census, for the office to check and certify.
 * A result the office already submitted is left alone: certified data are not changed behind its back.
 */
@ApplicationScoped
public class RegistryResultService {

    static final String ACTOR = "registry";

    private final CatalogueService catalogues;
    private final OfficeDirectory offices;
    private final ResultEditing editing;
    private final AuditTrail audit;

    public RegistryResultService(CatalogueService catalogues, OfficeDirectory offices, ResultEditing editing,
            AuditTrail audit) {
        this.catalogues = catalogues;
        this.offices = offices;
        this.editing = editing;
        this.audit = audit;
    }

    /** Applies one registry.statistics payload; needs a transaction. Returns how many results it set. */
    public int statisticsArrived(JsonNode event) {
        String office = event.path("officeCode").asText();
        offices.put(office, event.path("officeNameTh").asText(), event.path("officeKind").asText());
        if (event.path("schools").isArray()) {
            List<OfficeDirectory.School> schools = new ArrayList<>();
            event.path("schools").forEach(s -> schools.add(new OfficeDirectory.School(s.path("code").asText(),
                    s.path("nameTh").isTextual() ? s.path("nameTh").asText() : null)));
            offices.schools(office, schools);
        }
        LocalDate census = LocalDate.parse(event.path("censusDate").asText());
        OffsetDateTime generated = OffsetDateTime.parse(event.path("generatedAt").asText());
        RegistryCensusEntity stored = RegistryCensusEntity.findById(new RegistryCensusEntity.Key(office, census));
        if (stored != null && stored.generatedAt.isAfter(generated)) {
            return 0;
        }
        if (stored == null) {
            stored = new RegistryCensusEntity();
            stored.key = new RegistryCensusEntity.Key(office, census);
        }
        stored.generatedAt = generated;
        stored.payload = event.toString();
        stored.persist();
        int set = 0;
        for (SubmissionCatalogue latest : catalogues.newestOfEach()) {
            set += derive(latest, office, census, event);
        }
        return set;
    }

    /** A newly published catalogue picks up the figures already held; needs a transaction. */
    public int catalogueArrived(SubmissionCatalogue catalogue, JsonColumns json) {
        int set = 0;
        for (RegistryCensusEntity figures : RegistryCensusEntity.<RegistryCensusEntity> listAll()) {
            set += derive(catalogue, figures.key.officeCode(), figures.key.censusDate(), json.tree(figures.payload));
        }
        return set;
    }

    private int derive(SubmissionCatalogue catalogue, String office, LocalDate census, JsonNode event) {
        RegistryMetric.CensusFigures figures = figures(census, event);
        int set = 0;
        for (IndicatorSpec indicator : catalogue.indicators().values()) {
            if (indicator.source().type() != SourceType.REGISTRY || !RegistryMetric.computable(indicator)
                    || !RegistryMetric.censusDate(indicator).map(census::equals).orElse(false)) {
                continue;
            }
            BigDecimal value = RegistryMetric.compute(indicator, figures).orElse(null);
            if (value == null) {
                continue;
            }
            for (SubmissionCatalogue.Round round : catalogue.rounds()) {
                if (RoundRules.takesResult(indicator, round.round())
                        && apply(catalogue, indicator, office, round.round(), value)) {
                    set++;
                }
            }
        }
        return set;
    }

    private boolean apply(SubmissionCatalogue catalogue, IndicatorSpec indicator, String office, int round, BigDecimal value) {
        ResultKey key = new ResultKey(office, catalogue.fiscalYear(), catalogue.level(), round, indicator.code());
        ResultEntity r = ResultEntity.byKey(office, key.fiscalYear(), key.level(), round, indicator.code()).orElse(null);
        if (r == null) {
            r = editing.open(key, catalogue, ACTOR);
            r.value = value;
            r.registryValue = value;
            r.valueOrigin = ValueOrigin.REGISTRY;
            r.persist();
            audit.recordAs(ACTOR, r, "CREATE", null, r.state.name(), "registry figures", null, snapshot(r));
            return true;
        }
        if (!r.state.editable() || (r.registryValue != null && r.registryValue.compareTo(value) == 0)) {
            return false;
        }
        Map<String, Object> before = snapshot(r);
        r.registryValue = value;
        if (r.valueOrigin != ValueOrigin.KEYED) {
            r.value = value;
            r.valueOrigin = ValueOrigin.REGISTRY;
        }
        r.updatedBy = ACTOR;
        r.updatedAt = OffsetDateTime.now();
        audit.recordAs(ACTOR, r, "REGISTRY_FIGURES", r.state.name(), r.state.name(), "registry figures", before, snapshot(r));
        return true;
    }

    private static Map<String, Object> snapshot(ResultEntity r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("value", ResultView.plain(r.value));
        m.put("registryValue", ResultView.plain(r.registryValue));
        m.put("valueOrigin", r.valueOrigin.name());
        return m;
    }

    private static RegistryMetric.CensusFigures figures(LocalDate census, JsonNode event) {
        Map<String, Integer> byLevel = new LinkedHashMap<>();
        event.path("students").path("byLevel").fields().forEachRemaining(e -> byLevel.put(e.getKey(), e.getValue().asInt()));
        Map<String, Integer> population = new LinkedHashMap<>();
        for (JsonNode ratio : event.path("enrolmentRatios")) {
            if (ratio.path("population").isNumber()) {
                population.put(ratio.path("ageGroup").asText(), ratio.path("population").asInt());
            }
        }
        return new RegistryMetric.CensusFigures(census, byLevel, population);
    }
}
