package io.edukpi.scoring.service;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.edukpi.commons.outbox.Outbox;
import io.edukpi.scoring.domain.Catalogue;
import io.edukpi.scoring.domain.OfficeEvaluation;
import io.edukpi.scoring.domain.OfficeScorer;
import io.edukpi.scoring.domain.Result;
import io.edukpi.scoring.domain.Scores;
import io.edukpi.scoring.persistence.ScoreVersionEntity;
import io.edukpi.scoring.persistence.ScoreVersions;

/**
 * Scores an office's round and keeps the result as versions: a new version only when a value
 * changed (or when the round's closure makes the official snapshot), each announced on
 * score.updated through the outbox. Versions written after the snapshot are flagged revisions.
 */
@ApplicationScoped
public class Scorekeeper {

    public static final String TOPIC = "score.updated";
    public static final String TYPE = "edukpi.score.updated.v1";
    private static final TypeReference<Map<String, BigDecimal>> SCORES = new TypeReference<>() {
    };

    private final ObjectMapper mapper;
    private final Outbox outbox;

    public Scorekeeper(ObjectMapper mapper, Outbox outbox) {
        this.mapper = mapper;
        this.outbox = outbox;
    }

    /** One score that differs from the version in force. */
    public record Change(String officeCode, String indicatorCode, BigDecimal before, BigDecimal after,
            boolean published) {

        public BigDecimal difference() {
            return (after == null ? BigDecimal.ZERO : after).subtract(before == null ? BigDecimal.ZERO : before);
        }
    }

    /** What scoring an office did (or, in a dry run, would do). */
    public record Outcome(String officeCode, List<Change> changes, ScoreVersionEntity written) {

        public boolean changed() {
            return !changes.isEmpty();
        }

        public boolean publishedChanged() {
            return changes.stream().anyMatch(Change::published);
        }
    }

    /** Everything one office's scoring needs, loaded in bulk by the caller. */
    public record Input(String officeCode, String officeKind, Catalogue catalogue, int round, boolean roundClosed,
            Map<String, Result> results, ScoreVersions.Latest latest, String cause) {
    }

    /** Scores one office and writes its new version, if any. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome score(Input input, boolean dryRun) {
        return scoreAll(List.of(input), dryRun).get(0);
    }

    /**
     * Scores many offices, then writes their new versions and after them their events: grouped
     * by table, so that Hibernate sends each group in JDBC batches (interleaved, every batch
     * would hold one row).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Outcome> scoreAll(List<Input> inputs, boolean dryRun) {
        List<Outcome> outcomes = new ArrayList<>(inputs.size());
        List<ObjectNode> events = new ArrayList<>();
        for (Input input : inputs) {
            outcomes.add(evaluate(input, dryRun, events));
        }
        List<ScoreVersionEntity> written = outcomes.stream().map(Outcome::written).filter(Objects::nonNull).toList();
        written.forEach(version -> version.persist());
        for (int i = 0; i < written.size(); i++) {
            outbox.publish(TOPIC, written.get(i).officeCode, TYPE, events.get(i));
        }
        return outcomes;
    }

    /** The outcome; a version to write (not yet persisted) adds its event to {@code events}. */
    private Outcome evaluate(Input input, boolean dryRun, List<ObjectNode> events) {
        OfficeEvaluation evaluation = OfficeScorer.evaluate(input.catalogue(), input.round(), input.roundClosed(),
                input.results());
        Map<String, BigDecimal> scores = ExplanationService.scores(evaluation);
        String fingerprint = sha256(ExplanationService.canonical(scores));
        ScoreVersions.Latest latest = input.latest();
        boolean valueChanged = latest == null || !fingerprint.equals(latest.fingerprint());
        boolean snapshotDue = input.roundClosed() && (latest == null || !latest.official());
        if (!valueChanged && !snapshotDue) {
            return new Outcome(input.officeCode(), List.of(), null);
        }
        List<Change> changes = diff(input.officeCode(), latest, scores);
        if (dryRun) {
            return new Outcome(input.officeCode(), changes, null);
        }
        ScoreVersionEntity version = new ScoreVersionEntity();
        version.officeCode = input.officeCode();
        version.officeKind = input.officeKind();
        version.fiscalYear = evaluation.fiscalYear();
        version.level = evaluation.level();
        version.round = evaluation.round();
        version.version = latest == null ? 1 : latest.version() + 1;
        version.catalogueId = UUID.fromString(evaluation.catalogueId());
        version.catalogueVersion = evaluation.catalogueVersion();
        version.total = evaluation.total();
        version.percent = evaluation.percent();
        version.bandCode = evaluation.band() == null ? null : evaluation.band().code();
        version.official = input.roundClosed();
        version.revision = input.roundClosed() && latest != null && latest.official();
        version.cause = input.cause();
        version.fingerprint = fingerprint;
        version.nodeScores = json(scores);
        ObjectNode document = ExplanationService.document(mapper, evaluation);
        document.put("officeCode", version.officeCode);
        document.put("officeKind", version.officeKind);
        document.put("version", version.version);
        document.put("official", version.official);
        document.put("revision", version.revision);
        document.put("cause", version.cause);
        version.evaluation = document.toString();
        version.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        events.add(event(version, evaluation, changes));
        return new Outcome(input.officeCode(), changes, version);
    }

    private List<Change> diff(String officeCode, ScoreVersions.Latest latest, Map<String, BigDecimal> after) {
        Map<String, BigDecimal> before = latest == null ? Map.of() : read(latest.nodeScores());
        boolean published = latest != null && latest.official();
        Set<String> codes = new LinkedHashSet<>(after.keySet());
        codes.addAll(before.keySet());
        List<Change> changes = new ArrayList<>();
        for (String code : codes) {
            BigDecimal was = before.get(code);
            BigDecimal now = after.get(code);
            boolean same = was == null ? now == null : now != null && was.compareTo(now) == 0;
            if (!same || latest == null) {
                changes.add(new Change(officeCode, code, was, now, published));
            }
        }
        if (changes.isEmpty()) {
            // Only the official snapshot is due: the total is what becomes official.
            changes.add(new Change(officeCode, ExplanationService.TOTAL, before.get(ExplanationService.TOTAL),
                    after.get(ExplanationService.TOTAL), false));
        }
        return changes;
    }

    private ObjectNode event(ScoreVersionEntity version, OfficeEvaluation evaluation, List<Change> changes) {
        ObjectNode event = mapper.createObjectNode();
        event.put("officeCode", version.officeCode);
        event.put("officeKind", version.officeKind);
        event.put("fiscalYear", version.fiscalYear);
        event.put("level", version.level);
        event.put("round", version.round);
        event.put("version", version.version);
        event.put("catalogueId", version.catalogueId.toString());
        event.put("catalogueVersion", version.catalogueVersion);
        event.put("total", evaluation.displayTotal());
        event.put("percent", evaluation.percent());
        if (evaluation.band() == null) {
            event.putNull("band");
        } else {
            ObjectNode band = event.putObject("band");
            band.put("code", evaluation.band().code());
            band.put("labelTh", evaluation.band().labelTh());
            band.put("labelEn", evaluation.band().labelEn());
        }
        event.put("official", version.official);
        event.put("revision", version.revision);
        event.put("cause", version.cause);
        ArrayNode changed = event.putArray("changes");
        for (Change change : changes) {
            ObjectNode item = changed.addObject();
            item.put("indicatorCode", change.indicatorCode());
            item.put("before", Scores.display(change.before()));
            item.put("after", Scores.display(change.after()));
        }
        event.put("explanation", ScoreLinks.version(version.officeCode, version.fiscalYear, version.level,
                version.round, version.version));
        event.put("updatedAt", version.createdAt.toString());
        return event;
    }

    private Map<String, BigDecimal> read(String json) {
        try {
            return mapper.readValue(json, SCORES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored node scores are not JSON", e);
        }
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Lower-case hex SHA-256 of the text's UTF-8 bytes. */
    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
