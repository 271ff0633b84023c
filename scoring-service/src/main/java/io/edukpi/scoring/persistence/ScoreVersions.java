package io.edukpi.scoring.persistence;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Reads of score versions that must be cheap for hundreds of offices at once. */
@ApplicationScoped
public class ScoreVersions {

    private final EntityManager em;

    public ScoreVersions(EntityManager em) {
        this.em = em;
    }

    /** The newest version of an office's round, without its (large) explanation. */
    public record Latest(long id, String officeCode, String officeKind, int version, String fingerprint,
            boolean official, String nodeScores) {
    }

    /** Newest version per office of a round; {@code offices} null means every office. */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public Map<String, Latest> latest(int fiscalYear, String level, int round, Set<String> offices) {
        var query = em.createNativeQuery("""
                select distinct on (office_code) id, office_code, office_kind, version, fingerprint, official,
                    cast(node_scores as text)
                from score_version where fiscal_year = :year and level = :level and round = :round"""
                + (offices == null ? "" : " and office_code = any(cast(:offices as text[]))")
                + " order by office_code, version desc")
                .setParameter("year", fiscalYear)
                .setParameter("level", level)
                .setParameter("round", round);
        if (offices != null) {
            query.setParameter("offices", "{" + String.join(",", offices) + "}");
        }
        List<Object[]> rows = query.getResultList();
        Map<String, Latest> latest = new HashMap<>();
        for (Object[] row : rows) {
            latest.put((String) row[1], new Latest(((Number) row[0]).longValue(), (String) row[1], (String) row[2],
                    ((Number) row[3]).intValue(), (String) row[4], (Boolean) row[5], (String) row[6]));
        }
        return latest;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public boolean isClosed(int fiscalYear, String level, int round) {
        return !em
                .createNativeQuery(
                        "select 1 from round_closure where fiscal_year = :year and level = :level and round = :round")
                .setParameter("year", fiscalYear)
                .setParameter("level", level)
                .setParameter("round", round)
                .getResultList().isEmpty();
    }

    /** Records the closure; false when the round was closed already. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean close(int fiscalYear, String level, int round, String by) {
        return em.createNativeQuery("""
                insert into round_closure (fiscal_year, level, round, closed_at, closed_by)
                values (:year, :level, :round, now(), :by) on conflict do nothing""")
                .setParameter("year", fiscalYear)
                .setParameter("level", level)
                .setParameter("round", round)
                .setParameter("by", by)
                .executeUpdate() == 1;
    }

    /**
     * Locks the offices' rows until the transaction ends, so that an event and a recalculation
     * job never write the same office's next version at once.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(Collection<String> officeCodes) {
        if (!officeCodes.isEmpty()) {
            em.createNativeQuery("select office_code from office where office_code = any(cast(:codes as text[])) "
                    + "order by office_code for update")
                    .setParameter("codes", "{" + String.join(",", officeCodes) + "}")
                    .getResultList();
        }
    }

    /** Office code -> kind for every office known (from submission events). */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public Map<String, String> officeKinds() {
        Map<String, String> kinds = new HashMap<>();
        for (Object[] row : (List<Object[]>) em.createNativeQuery("select office_code, office_kind from office")
                .getResultList()) {
            kinds.put((String) row[0], (String) row[1]);
        }
        return kinds;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void rememberOffice(String officeCode, String officeKind) {
        em.createNativeQuery("""
                insert into office (office_code, office_kind, updated_at) values (:code, :kind, now())
                on conflict (office_code) do update set office_kind = excluded.office_kind, updated_at = now()
                where office.office_kind <> excluded.office_kind""")
                .setParameter("code", officeCode)
                .setParameter("kind", officeKind)
                .executeUpdate();
    }

    /**
     * The registry's name and kind of an office; an event older than the name kept changes nothing. False when
     * nothing changed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean registerOffice(String officeCode, String nameTh, String officeKind, OffsetDateTime changedAt) {
        return em.createNativeQuery("""
                insert into office (office_code, office_kind, name_th, name_changed_at, updated_at)
                values (:code, :kind, :name, :changedAt, now())
                on conflict (office_code) do update set office_kind = excluded.office_kind, name_th = excluded.name_th,
                    name_changed_at = excluded.name_changed_at, updated_at = now()
                where office.name_changed_at is null or office.name_changed_at <= excluded.name_changed_at""")
                .setParameter("code", officeCode)
                .setParameter("kind", officeKind)
                .setParameter("name", nameTh)
                .setParameter("changedAt", changedAt)
                .executeUpdate() == 1;
    }
}
