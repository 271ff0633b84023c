package io.edukpi.scoring.service;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.edukpi.scoring.domain.Catalogue;
import io.edukpi.scoring.domain.Result;
import io.edukpi.scoring.persistence.AcceptedResults;
import io.edukpi.scoring.persistence.ScoreVersions;

/**
 * The event-driven use cases: an accepted or withdrawn result rescores that office's round only;
 * a new catalogue version rescores the open rounds; closing a round writes the official snapshot.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ScoringService {

    private static final Logger LOG = Logger.getLogger(ScoringService.class);

    private final CatalogueService catalogues;
    private final AcceptedResults results;
    private final ScoreVersions versions;
    private final Scorekeeper scorekeeper;

    public ScoringService(CatalogueService catalogues, AcceptedResults results, ScoreVersions versions,
            Scorekeeper scorekeeper) {
        this.catalogues = catalogues;
        this.results = results;
        this.versions = versions;
        this.scorekeeper = scorekeeper;
    }

    /** A result accepted in submission-service: keep it and rescore the office's round if it changed. */
    public Optional<Scorekeeper.Outcome> accepted(AcceptedResults.Key key, String officeKind, Result result,
            String catalogueId, OffsetDateTime acceptedAt, String cause) {
        versions.rememberOffice(key.officeCode(), officeKind);
        if (!results.accept(key, result, catalogueId, acceptedAt)) {
            LOG.debugf("result %s v%s is not newer than the one kept for %s", result.resultId(),
                    result.resultVersion(), key);
            return Optional.empty();
        }
        return rescore(key.officeCode(), key.fiscalYear(), key.level(), key.round(), cause);
    }

    /** The registry (re)named an office: rankings and scorecards carry the name from now on. */
    public boolean officeRegistered(String officeCode, String nameTh, String officeKind, OffsetDateTime changedAt) {
        return versions.registerOffice(officeCode, nameTh, officeKind, changedAt);
    }

    /** A result withdrawn (reopened) in submission-service: drop it and rescore. */
    public Optional<Scorekeeper.Outcome> withdrawn(AcceptedResults.Key key, String officeKind, String resultId,
            int resultVersion, String cause) {
        versions.rememberOffice(key.officeCode(), officeKind);
        if (!results.withdraw(key, resultId, resultVersion)) {
            return Optional.empty();
        }
        return rescore(key.officeCode(), key.fiscalYear(), key.level(), key.round(), cause);
    }

    /** Rescores one office's round with the newest catalogue version of its year and level. */
    public Optional<Scorekeeper.Outcome> rescore(String officeCode, int fiscalYear, String level, int round,
            String cause) {
        Optional<Catalogue> catalogue = catalogues.newest(fiscalYear, level);
        if (catalogue.isEmpty()) {
            LOG.warnf("no catalogue for %d %s yet: office %s is scored when it arrives", fiscalYear, level, officeCode);
            return Optional.empty();
        }
        if (!catalogue.get().rounds().contains(round)) {
            LOG.warnf("round %d is not in catalogue %d %s v%d: office %s not scored", round, fiscalYear, level,
                    catalogue.get().version(), officeCode);
            return Optional.empty();
        }
        versions.lock(List.of(officeCode));
        String kind = versions.officeKinds().getOrDefault(officeCode, "UNKNOWN");
        Map<String, Result> officeResults = results.forRound(fiscalYear, level, round, Set.of(officeCode))
                .getOrDefault(officeCode, Map.of());
        ScoreVersions.Latest latest = versions.latest(fiscalYear, level, round, Set.of(officeCode)).get(officeCode);
        return Optional.of(scorekeeper.score(new Scorekeeper.Input(officeCode, kind, catalogue.get(), round,
                versions.isClosed(fiscalYear, level, round), officeResults, latest, cause), false));
    }

    /**
     * Scores every office of a round in one pass (bulk reads, one evaluation per office): the
     * work of round closure, of a new catalogue version and of batch recalculation.
     */
    public List<Scorekeeper.Outcome> scoreRound(Catalogue catalogue, int round, Set<String> offices, boolean dryRun,
            String cause) {
        int year = catalogue.fiscalYear();
        String level = catalogue.level();
        boolean closed = versions.isClosed(year, level, round);
        List<String> codes = offices != null ? offices.stream().sorted().toList() : officesOf(year, level, round);
        versions.lock(codes);
        Map<String, Map<String, Result>> byOffice = results.forRound(year, level, round, offices);
        Map<String, ScoreVersions.Latest> latest = versions.latest(year, level, round, offices);
        Map<String, String> kinds = versions.officeKinds();
        List<Scorekeeper.Input> inputs = new ArrayList<>(codes.size());
        for (String office : codes) {
            inputs.add(new Scorekeeper.Input(office, kinds.getOrDefault(office, "UNKNOWN"), catalogue, round, closed,
                    byOffice.getOrDefault(office, Map.of()), latest.get(office), cause));
        }
        return scorekeeper.scoreAll(inputs, dryRun);
    }

    /** Every office with a result or a score in the round, or known from any submission event. */
    public List<String> officesOf(int fiscalYear, String level, int round) {
        Set<String> codes = new HashSet<>(versions.officeKinds().keySet());
        codes.addAll(results.forRound(fiscalYear, level, round, null).keySet());
        codes.addAll(versions.latest(fiscalYear, level, round, null).keySet());
        return codes.stream().sorted().toList();
    }

    /** A new catalogue version: the open rounds are rescored with it; closed rounds wait for a recalculation. */
    public int catalogueArrived(Catalogue catalogue) {
        int changed = 0;
        for (int round : catalogue.rounds()) {
            if (!versions.isClosed(catalogue.fiscalYear(), catalogue.level(), round)) {
                changed += (int) scoreRound(catalogue, round, null, false,
                        "catalogue " + catalogue.catalogueId() + " (version " + catalogue.version() + ")")
                        .stream().filter(outcome -> outcome.written() != null).count();
            }
        }
        return changed;
    }

    /** Closes a round: every office's scores become the official snapshot. False when already closed. */
    public boolean closeRound(int fiscalYear, String level, int round, String by) {
        Catalogue catalogue = catalogues.newest(fiscalYear, level).orElseThrow(() -> new UnknownCatalogueException(
                fiscalYear, level));
        catalogue.requireRound(round);
        if (!versions.close(fiscalYear, level, round, by)) {
            return false;
        }
        scoreRound(catalogue, round, null, false, "round " + round + " closed by " + by);
        return true;
    }
}
