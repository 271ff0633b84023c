package io.edukpi.scoring.service;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.query.TypedParameterValue;
import org.hibernate.type.StandardBasicTypes;

import com.fasterxml.jackson.databind.JsonNode;

import io.edukpi.scoring.domain.Band;
import io.edukpi.scoring.persistence.ScoreVersionEntity;

/** The read side: versions as the API shows them, filtered to what the caller may see. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ScoreQueries {

    private final EntityManager em;
    private final StoredExplanations documents;
    private final CatalogueService catalogues;

    public ScoreQueries(EntityManager em, StoredExplanations documents, CatalogueService catalogues) {
        this.em = em;
        this.documents = documents;
        this.catalogues = catalogues;
    }

    /** A version without its explanation document; {@code band} as its catalogue names it (null without one). */
    public record VersionSummary(long id, String officeCode, String officeKind, int fiscalYear, String level, int round,
            int version, BigDecimal total, BigDecimal percent, Band band, boolean official,
            boolean revision, String cause, OffsetDateTime createdAt, String nodeScores) {
    }

    private static final String SUMMARY = """
            select id, office_code, office_kind, fiscal_year, level, round, version, total, percent, band_code, official,
                revision, cause, created_at, cast(node_scores as text), catalogue_id from score_version""";

    /** The newest version of an office's round; with {@code officialOnly} the newest official one. */
    public Optional<ScoreVersionEntity> newest(String officeCode, int fiscalYear, String level, int round,
            boolean officialOnly) {
        return ScoreVersionEntity.<ScoreVersionEntity> find("officeCode = ?1 and fiscalYear = ?2 and level = ?3 "
                + "and round = ?4" + (officialOnly ? " and official = true" : "") + " order by version desc",
                officeCode, fiscalYear, level, round).firstResultOptional();
    }

    public Optional<ScoreVersionEntity> version(String officeCode, int fiscalYear, String level, int round,
            int version) {
        return ScoreVersionEntity.<ScoreVersionEntity> find("officeCode = ?1 and fiscalYear = ?2 and level = ?3 "
                + "and round = ?4 and version = ?5", officeCode, fiscalYear, level, round, version).firstResultOptional();
    }

    public List<VersionSummary> versions(String officeCode, int fiscalYear, String level, int round,
            boolean officialOnly) {
        return summaries(SUMMARY + " where office_code = :office and fiscal_year = :year and level = :level"
                + " and round = :round" + (officialOnly ? " and official" : "") + " order by version",
                Map.of("office", officeCode, "year", fiscalYear, "level", level, "round", round));
    }

    /** Newest (official) version per office of a round: what the ranking ranks. */
    public List<VersionSummary> newestPerOffice(int fiscalYear, String level, int round, boolean officialOnly) {
        return summaries("select distinct on (office_code) * from (" + SUMMARY
                + " where fiscal_year = :year and level = :level and round = :round"
                + (officialOnly ? " and official" : "") + ") v order by office_code, version desc",
                Map.of("year", fiscalYear, "level", level, "round", round));
    }

    /** Newest (official) version of every round an office has, across fiscal years. */
    public List<VersionSummary> history(String officeCode, String level, boolean officialOnly) {
        return summaries("select distinct on (fiscal_year, round) * from (" + SUMMARY
                + " where office_code = :office and level = :level" + (officialOnly ? " and official" : "")
                + ") v order by fiscal_year, round, version desc", Map.of("office", officeCode, "level", level));
    }

    /**
     * One indicator's score (or the total's, code {@link ExplanationService#TOTAL}) in each of the versions;
     * versions without that indicator are left out.
     */
    public List<HistoryPoint> points(List<VersionSummary> versions, String code) {
        List<HistoryPoint> points = new ArrayList<>();
        for (VersionSummary version : versions) {
            JsonNode scores = documents.read(version.nodeScores());
            if (scores.has(code)) {
                JsonNode score = scores.path(code);
                points.add(new HistoryPoint(version, score.isNull() ? null : score.decimalValue()));
            }
        }
        return points;
    }

    /** A version and the unrounded score of one of its indicators (null when it had none). */
    public record HistoryPoint(VersionSummary version, BigDecimal score) {
    }

    /** Versions written after {@code since} (an id), oldest first. */
    public List<VersionSummary> changes(long since, int limit, OfficeScope scope, boolean officialOnly) {
        Map<String, Object> parameters = new HashMap<>(Map.of("since", since, "limit", limit));
        if (!scope.isAll()) {
            parameters.put("offices", scope.officeCodes());
        }
        return summaries(SUMMARY + " where id > :since" + (scope.isAll() ? "" : " and office_code in (:offices)")
                + (officialOnly ? " and official" : "") + " order by id limit :limit", parameters);
    }

    public boolean isClosed(int fiscalYear, String level, int round) {
        return !em.createNativeQuery("select 1 from round_closure where fiscal_year = ?1 and level = ?2 and round = ?3")
                .setParameter(1, fiscalYear).setParameter(2, level).setParameter(3, round).getResultList().isEmpty();
    }

    @SuppressWarnings("unchecked")
    private List<VersionSummary> summaries(String sql, Map<String, Object> parameters) {
        var query = em.createNativeQuery(sql);
        // Texts bound with an explicit type, as the level always was: a native query has no column to infer it from.
        parameters.forEach((name, value) -> query.setParameter(name,
                value instanceof String text ? new TypedParameterValue<>(StandardBasicTypes.STRING, text) : value));
        List<VersionSummary> summaries = new ArrayList<>();
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            summaries.add(new VersionSummary(((Number) row[0]).longValue(), (String) row[1], (String) row[2],
                    ((Number) row[3]).intValue(), (String) row[4], ((Number) row[5]).intValue(),
                    ((Number) row[6]).intValue(), (BigDecimal) row[7], (BigDecimal) row[8],
                    band(uuid(row[15]), (String) row[9]), (Boolean) row[10], (Boolean) row[11], (String) row[12],
                    offsetDateTime(row[13]), (String) row[14]));
        }
        return summaries;
    }

    /** The band of a catalogue by its code, with the labels the catalogue gives it. */
    public Band band(UUID catalogueId, String code) {
        if (code == null) {
            return null;
        }
        return catalogues.byId(catalogueId).flatMap(c -> c.bands().stream().filter(b -> b.code().equals(code))
                .findFirst()).orElse(new Band(code, null, null, null));
    }

    /** The Thai names of the offices the registry has announced (an office not announced yet has none). */
    @SuppressWarnings("unchecked")
    public Map<String, String> officeNames(Collection<String> officeCodes) {
        Map<String, String> names = new HashMap<>();
        if (officeCodes.isEmpty()) {
            return names;
        }
        for (Object[] row : (List<Object[]>) em.createNativeQuery(
                "select office_code, name_th from office where office_code = any(cast(?1 as text[])) and name_th is not null")
                .setParameter(1, "{" + String.join(",", officeCodes) + "}").getResultList()) {
            names.put((String) row[0], (String) row[1]);
        }
        return names;
    }

    private static UUID uuid(Object value) {
        return value instanceof UUID id ? id : UUID.fromString(String.valueOf(value));
    }

    private static OffsetDateTime offsetDateTime(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt;
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant().atOffset(ZoneOffset.UTC);
        }
        return null;
    }
}
