package io.edukpi.submission.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.edukpi.commons.calendar.FiscalYear;
import io.edukpi.commons.problem.ProblemException;
import io.edukpi.submission.domain.SubmissionCatalogue;
import io.edukpi.submission.domain.SubmissionCatalogue.Checklist;
import io.edukpi.submission.domain.SubmissionCatalogue.CriterionType;
import io.edukpi.submission.domain.SubmissionCatalogue.Field;
import io.edukpi.submission.domain.SubmissionCatalogue.FieldType;
import io.edukpi.submission.domain.SubmissionCatalogue.Form;
import io.edukpi.submission.domain.SubmissionCatalogue.FormLevel;
import io.edukpi.submission.domain.SubmissionCatalogue.IndicatorSpec;
import io.edukpi.submission.domain.SubmissionCatalogue.Round;
import io.edukpi.submission.domain.SubmissionCatalogue.Source;
import io.edukpi.submission.domain.SubmissionCatalogue.SourceType;
import io.edukpi.submission.domain.SubmissionMessage;
import io.edukpi.submission.persistence.CatalogueVersionEntity;

/** submission-service's own copy of the published catalogues, read into {@link SubmissionCatalogue}s. */
@ApplicationScoped
public class CatalogueService {

    private final ObjectMapper mapper;
    /** Published versions never change, so a parsed one can be kept. */
    private final Map<UUID, SubmissionCatalogue> parsed = new ConcurrentHashMap<>();

    public CatalogueService(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Keeps a catalogue.published payload; false when that version is already held. Needs a transaction. */
    public boolean store(JsonNode event) {
        UUID id = UUID.fromString(event.path("catalogueId").asText());
        if (CatalogueVersionEntity.findById(id) != null) {
            return false;
        }
        CatalogueVersionEntity e = new CatalogueVersionEntity();
        e.id = id;
        e.fiscalYear = event.path("fiscalYear").asInt();
        e.level = event.path("level").asText();
        e.version = event.path("version").asInt();
        e.title = event.path("title").asText();
        e.content = event.path("catalogue").toString();
        e.publishedAt = OffsetDateTime.parse(event.path("publishedAt").asText());
        e.receivedAt = OffsetDateTime.now();
        read(e);
        e.persist();
        return true;
    }

    public Optional<SubmissionCatalogue> latest(int fiscalYear, String level) {
        return CatalogueVersionEntity.latest(fiscalYear, level).map(this::read);
    }

    /** The newest published version, or a 404 problem naming the catalogue. */
    public SubmissionCatalogue require(int fiscalYear, String level) {
        return latest(fiscalYear, level).orElseThrow(() -> ProblemException.notFound(SubmissionMessage.notFound(
                SubmissionMessage.THING_CATALOGUE,
                fiscalYear + " (B.E. " + FiscalYear.toBuddhist(fiscalYear) + ") " + level)));
    }

    /** The catalogue's indicator, or a 404 problem naming it. */
    public static IndicatorSpec indicator(SubmissionCatalogue catalogue, String code) {
        return catalogue.indicator(code).orElseThrow(() -> ProblemException.notFound(SubmissionMessage.notFound(
                SubmissionMessage.THING_INDICATOR,
                code + " in catalogue " + catalogue.fiscalYear() + " " + catalogue.level())));
    }

    public SubmissionCatalogue byId(UUID id) {
        SubmissionCatalogue known = parsed.get(id);
        if (known != null) {
            return known;
        }
        CatalogueVersionEntity e = CatalogueVersionEntity.findById(id);
        if (e == null) {
            throw new IllegalStateException("catalogue " + id + " is not held");
        }
        return read(e);
    }

    /** The newest version of every catalogue (fiscal year and level) held. */
    public List<SubmissionCatalogue> newestOfEach() {
        Map<String, UUID> newest = new LinkedHashMap<>();
        for (Held h : all()) {
            newest.putIfAbsent(h.fiscalYear() + ":" + h.level(), h.catalogueId());
        }
        return newest.values().stream().map(this::byId).toList();
    }

    /** A held version without its content. */
    public record Held(UUID catalogueId, int fiscalYear, String level, int version, String title,
            OffsetDateTime publishedAt, OffsetDateTime receivedAt) {
    }

    /** Every version held, newest first; the content (up to ~1 MB each) is not read. */
    public List<Held> all() {
        return CatalogueVersionEntity.getEntityManager().createQuery("""
                select new io.edukpi.submission.service.CatalogueService$Held(c.id, c.fiscalYear, c.level, c.version,
                    c.title, c.publishedAt, c.receivedAt)
                from CatalogueVersionEntity c order by c.fiscalYear desc, c.level, c.version desc""", Held.class)
                .getResultList();
    }

    private SubmissionCatalogue read(CatalogueVersionEntity e) {
        return parsed.computeIfAbsent(e.id, id -> {
            try {
                return toCatalogue(e.id, e.version, mapper.readTree(e.content));
            } catch (JsonProcessingException ex) {
                throw new IllegalArgumentException("catalogue " + e.id + " is not JSON", ex);
            }
        });
    }

    static SubmissionCatalogue toCatalogue(UUID id, int version, JsonNode c) {
        List<Round> rounds = new ArrayList<>();
        for (JsonNode r : c.path("rounds")) {
            rounds.add(new Round(r.path("round").asInt(), text(r, "label"), LocalDate.parse(r.path("periodEnd").asText()),
                    LocalDate.parse(r.path("deadline").asText())));
        }
        Map<String, IndicatorSpec> indicators = new LinkedHashMap<>();
        for (JsonNode i : c.path("indicators")) {
            JsonNode criterion = i.path("criterion");
            CriterionType type = criterion.isObject() ? CriterionType.valueOf(criterion.path("type").asText()) : null;
            int steps = criterion.path("steps").size();
            Integer cancelled = i.path("cancelledFromRound").isNumber() ? i.path("cancelledFromRound").asInt() : null;
            indicators.put(i.path("code").asText(), new IndicatorSpec(i.path("code").asText(), text(i, "parentCode"),
                    i.path("name").asText(), text(i, "unit"), type, steps, i.path("startsInRound").asInt(1), cancelled,
                    source(i.path("resultSource")), forms(i.path("forms"))));
        }
        String late = text(c, "lateSubmissionPolicy");
        return new SubmissionCatalogue(id, c.path("fiscalYear").asInt(), c.path("level").asText(), version,
                c.path("title").asText(), late == null ? SubmissionCatalogue.LateSubmissionPolicy.MARK_LATE
                        : SubmissionCatalogue.LateSubmissionPolicy.valueOf(late),
                List.copyOf(rounds), Map.copyOf(indicators));
    }

    private static Source source(JsonNode s) {
        if (!s.isObject() || "MANUAL".equals(s.path("type").asText("MANUAL"))) {
            return Source.manual();
        }
        BigDecimal multiplier = s.path("multiplier").isNumber() ? s.path("multiplier").decimalValue() : null;
        Map<String, Object> parameters = new LinkedHashMap<>();
        s.path("parameters").fields().forEachRemaining(f -> parameters.put(f.getKey(),
                f.getValue().isNumber() ? f.getValue().decimalValue() : f.getValue().asText()));
        return new Source(SourceType.valueOf(s.path("type").asText()), text(s, "numerator"), text(s, "denominator"),
                multiplier, text(s, "metric"), parameters);
    }

    private static List<Form> forms(JsonNode forms) {
        List<Form> list = new ArrayList<>();
        for (JsonNode f : forms) {
            List<SubmissionCatalogue.Table> tables = new ArrayList<>();
            for (JsonNode t : f.path("tables")) {
                tables.add(new SubmissionCatalogue.Table(t.path("key").asText(), text(t, "label"), fields(t.path("columns"))));
            }
            List<Checklist> checklists = new ArrayList<>();
            for (JsonNode cl : f.path("checklists")) {
                List<String> items = new ArrayList<>();
                cl.path("items").forEach(item -> items.add(item.path("key").asText()));
                checklists.add(new Checklist(cl.path("key").asText(), text(cl, "label"), List.copyOf(items)));
            }
            list.add(new Form(f.path("code").asText(), FormLevel.valueOf(f.path("level").asText()), text(f, "title"),
                    fields(f.path("fields")), List.copyOf(tables), List.copyOf(checklists)));
        }
        return List.copyOf(list);
    }

    private static List<Field> fields(JsonNode fields) {
        List<Field> list = new ArrayList<>();
        for (JsonNode f : fields) {
            String label = text(f, "label");
            list.add(new Field(f.path("key").asText(), label == null ? f.path("key").asText() : label,
                    FieldType.valueOf(f.path("type").asText("TEXT")), f.path("required").asBoolean(false)));
        }
        return List.copyOf(list);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isNull() || v.isMissingNode() ? null : v.asText();
    }
}
