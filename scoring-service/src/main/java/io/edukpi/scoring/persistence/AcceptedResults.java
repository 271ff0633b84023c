package io.edukpi.scoring.persistence;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.query.TypedParameterValue;
import org.hibernate.type.StandardBasicTypes;

import io.edukpi.scoring.domain.Result;

/** The accepted result in force per office, indicator and round (native SQL: upserts and bulk reads). */
@ApplicationScoped
public class AcceptedResults {

    private final EntityManager em;

    public AcceptedResults(EntityManager em) {
        this.em = em;
    }

    public record Key(String officeCode, int fiscalYear, String level, int round, String indicatorCode) {
    }

    /**
     * Keeps an accepted result unless a later version of the same result is already kept (an old
     * event arriving late must not undo a newer one). True when something changed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean accept(Key key, Result result, String catalogueId, OffsetDateTime acceptedAt) {
        return em.createNativeQuery("""
                insert into accepted_result (office_code, fiscal_year, level, round, indicator_code, result_id,
                    result_version, catalogue_id, value, steps_completed, reviewer_score, reviewer_reason, accepted_at)
                values (:office, :year, :level, :round, :indicator, :resultId, :resultVersion, cast(:catalogue as uuid),
                    :value, cast(:steps as integer[]), :reviewerScore, :reviewerReason, :acceptedAt)
                on conflict (office_code, fiscal_year, level, round, indicator_code) do update set
                    result_id = excluded.result_id, result_version = excluded.result_version,
                    catalogue_id = excluded.catalogue_id, value = excluded.value,
                    steps_completed = excluded.steps_completed, reviewer_score = excluded.reviewer_score,
                    reviewer_reason = excluded.reviewer_reason, accepted_at = excluded.accepted_at
                where accepted_result.result_id <> excluded.result_id
                   or accepted_result.result_version < excluded.result_version""")
                .setParameter("office", key.officeCode())
                .setParameter("year", key.fiscalYear())
                .setParameter("level", key.level())
                .setParameter("round", key.round())
                .setParameter("indicator", key.indicatorCode())
                .setParameter("resultId", result.resultId())
                .setParameter("resultVersion", result.resultVersion())
                .setParameter("catalogue", new TypedParameterValue<>(StandardBasicTypes.STRING, catalogueId))
                .setParameter("value", new TypedParameterValue<>(StandardBasicTypes.BIG_DECIMAL, result.value()))
                .setParameter("steps", new TypedParameterValue<>(StandardBasicTypes.STRING,
                        result.stepsCompleted().isEmpty() ? null
                                : "{" + String.join(",",
                                        result.stepsCompleted().stream().sorted().map(String::valueOf).toList()) + "}"))
                .setParameter("reviewerScore", new TypedParameterValue<>(StandardBasicTypes.BIG_DECIMAL,
                        result.reviewerScore()))
                .setParameter("reviewerReason", new TypedParameterValue<>(StandardBasicTypes.STRING,
                        result.reviewerReason()))
                .setParameter("acceptedAt", acceptedAt)
                .executeUpdate() == 1;
    }

    /** Removes a withdrawn result if it (or an older version of it) is the one in force. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean withdraw(Key key, String resultId, int resultVersion) {
        return em.createNativeQuery("""
                delete from accepted_result where office_code = :office and fiscal_year = :year and level = :level
                    and round = :round and indicator_code = :indicator and result_id = :resultId
                    and result_version <= :resultVersion""")
                .setParameter("office", key.officeCode())
                .setParameter("year", key.fiscalYear())
                .setParameter("level", key.level())
                .setParameter("round", key.round())
                .setParameter("indicator", key.indicatorCode())
                .setParameter("resultId", resultId)
                .setParameter("resultVersion", resultVersion)
                .executeUpdate() == 1;
    }

    /** Results of a round by office code, then indicator code; {@code offices} null means all. */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public Map<String, Map<String, Result>> forRound(int fiscalYear, String level, int round, Set<String> offices) {
        // Two statements rather than "(:offices is null or ...)", which keeps PostgreSQL from using the key.
        var query = em.createNativeQuery("""
                select office_code, indicator_code, result_id, result_version, value,
                    array_to_string(steps_completed, ','), reviewer_score, reviewer_reason
                from accepted_result where fiscal_year = :year and level = :level and round = :round"""
                + (offices == null ? "" : " and office_code = any(cast(:offices as text[]))"))
                .setParameter("year", fiscalYear)
                .setParameter("level", level)
                .setParameter("round", round);
        if (offices != null) {
            query.setParameter("offices", "{" + String.join(",", offices) + "}");
        }
        Map<String, Map<String, Result>> byOffice = new HashMap<>();
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            byOffice.computeIfAbsent((String) row[0], k -> new HashMap<>()).put((String) row[1],
                    new Result((String) row[2], ((Number) row[3]).intValue(), (BigDecimal) row[4], steps((String) row[5]),
                            (BigDecimal) row[6], (String) row[7]));
        }
        return byOffice;
    }

    private static Set<Integer> steps(String column) {
        Set<Integer> steps = new HashSet<>();
        if (column != null && !column.isEmpty()) {
            for (String step : column.split(",")) {
                steps.add(Integer.valueOf(step));
            }
        }
        return steps;
    }
}
