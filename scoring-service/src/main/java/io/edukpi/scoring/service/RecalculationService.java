package io.edukpi.scoring.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.edukpi.scoring.domain.Catalogue;
import io.edukpi.scoring.domain.InvalidScoringInputException;
import io.edukpi.scoring.domain.ScoringMessage;
import io.edukpi.scoring.persistence.RecalculationJobEntity;
import io.edukpi.scoring.persistence.RecalculationStatus;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Batch recalculation of a round (for CI after a catalogue fix): a job scores every office (or
 * the ones asked for) with a chosen catalogue version, reports progress, and ends with a summary
 * and a CSV of every score that changed. A dry run writes no score.
 */
@ApplicationScoped
public class RecalculationService {

    private static final Logger LOG = Logger.getLogger(RecalculationService.class);
    /** Offices scored per transaction: the job's progress steps. */
    private static final int CHUNK = 250;

    private final CatalogueService catalogues;
    private final ScoringService scoring;
    private final ObjectMapper mapper;
    private final Event<Queued> queued;
    // One job at a time: recalculations are rare and must not compete with each other for the rows they rewrite.
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "recalculation");
        thread.setDaemon(true);
        return thread;
    });

    public RecalculationService(CatalogueService catalogues, ScoringService scoring, ObjectMapper mapper,
            Event<Queued> queued) {
        this.catalogues = catalogues;
        this.scoring = scoring;
        this.mapper = mapper;
        this.queued = queued;
    }

    /** A job cut short by shutdown stays RUNNING in the table; it is simply started again. */
    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    /** A catalogue by id or by version number (either; neither: the newest published). */
    public record Request(int fiscalYear, String level, int round, UUID catalogueId, Integer catalogueVersion,
            OfficeScope offices, boolean dryRun) {
    }

    /** Creates the job in the caller's transaction; it is queued once that commits. */
    @Transactional
    public RecalculationJobEntity start(Request request, String requestedBy) {
        Catalogue catalogue = catalogue(request);
        catalogue.requireRound(request.round());
        RecalculationJobEntity job = new RecalculationJobEntity();
        job.id = UUID.randomUUID();
        job.requestedBy = requestedBy;
        job.fiscalYear = request.fiscalYear();
        job.level = request.level();
        job.round = request.round();
        job.catalogueId = UUID.fromString(catalogue.catalogueId());
        job.officeCodes = request.offices().isAll() ? null : request.offices().officeCodes().toArray(String[]::new);
        job.dryRun = request.dryRun();
        job.status = RecalculationStatus.QUEUED;
        job.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        job.persist();
        queued.fire(new Queued(job.id));
        return job;
    }

    /** A job the worker may read: its row is committed. */
    record Queued(UUID job) {
    }

    void queue(@Observes(during = TransactionPhase.AFTER_SUCCESS) Queued queued) {
        worker.submit(() -> run(queued.job()));
    }

    private Catalogue catalogue(Request request) {
        if (request.catalogueVersion() != null) {
            Catalogue catalogue = catalogues.byVersion(request.fiscalYear(), request.level(), request.catalogueVersion())
                    .orElseThrow(() -> InvalidScoringInputException.of(ScoringMessage.CATALOGUE_VERSION_UNKNOWN
                            .at("catalogueVersion", request.catalogueVersion(), request.fiscalYear(), request.level())));
            if (request.catalogueId() != null && !request.catalogueId().toString().equals(catalogue.catalogueId())) {
                throw InvalidScoringInputException.of(ScoringMessage.CATALOGUE_NOT_THAT_VERSION.at("catalogueId",
                        request.catalogueId(), request.catalogueVersion()));
            }
            return catalogue;
        }
        if (request.catalogueId() == null) {
            return catalogues.newest(request.fiscalYear(), request.level())
                    .orElseThrow(() -> new UnknownCatalogueException(request.fiscalYear(), request.level()));
        }
        Catalogue catalogue = catalogues.byId(request.catalogueId()).orElseThrow(() -> InvalidScoringInputException
                .of(ScoringMessage.CATALOGUE_UNKNOWN.at("catalogueId", request.catalogueId())));
        if (catalogue.fiscalYear() != request.fiscalYear() || !catalogue.level().equals(request.level())) {
            throw InvalidScoringInputException.of(ScoringMessage.CATALOGUE_OF_OTHER_YEAR.at("catalogueId",
                    request.catalogueId(), catalogue.fiscalYear(), catalogue.level()));
        }
        return catalogue;
    }

    /** Runs a job to its end; every failure ends it as FAILED with the reason. */
    public void run(UUID id) {
        long started = System.nanoTime();
        try {
            RecalculationJobEntity job = QuarkusTransaction.requiringNew().call(() -> {
                RecalculationJobEntity running = RecalculationJobEntity.findById(id);
                running.status = RecalculationStatus.RUNNING;
                return running;
            });
            Catalogue catalogue = catalogues.byId(job.catalogueId).orElseThrow();
            List<String> offices = QuarkusTransaction.requiringNew().call(() -> {
                List<String> codes = job.officeCodes != null ? List.of(job.officeCodes)
                        : scoring.officesOf(job.fiscalYear, job.level, job.round);
                RecalculationJobEntity running = RecalculationJobEntity.findById(id);
                running.officesTotal = codes.size();
                return codes;
            });
            RecalculationSummary summary = new RecalculationSummary();
            for (int from = 0; from < offices.size(); from += CHUNK) {
                Set<String> chunk = new LinkedHashSet<>(offices.subList(from, Math.min(offices.size(), from + CHUNK)));
                int done = Math.min(offices.size(), from + CHUNK);
                QuarkusTransaction.requiringNew().run(() -> {
                    scoring.scoreRound(catalogue, job.round, chunk, job.dryRun, "recalculation job " + id)
                            .forEach(summary::add);
                    RecalculationJobEntity running = RecalculationJobEntity.findById(id);
                    running.officesDone = done;
                });
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            QuarkusTransaction.requiringNew().run(() -> {
                RecalculationJobEntity finished = RecalculationJobEntity.findById(id);
                finished.status = RecalculationStatus.SUCCEEDED;
                finished.summary = summary.json(mapper, catalogue, offices.size(), millis);
                finished.changesCsv = summary.csv();
                finished.finishedAt = OffsetDateTime.now(ZoneOffset.UTC);
            });
            LOG.infof("recalculation %s: %d offices in %d ms, %d scores changed", id, offices.size(), millis,
                    summary.scoresChanged());
        } catch (RuntimeException e) {
            LOG.errorf(e, "recalculation %s failed", id);
            QuarkusTransaction.requiringNew().run(() -> {
                RecalculationJobEntity failed = RecalculationJobEntity.findById(id);
                failed.status = RecalculationStatus.FAILED;
                failed.error = String.valueOf(e.getMessage());
                failed.finishedAt = OffsetDateTime.now(ZoneOffset.UTC);
            });
        }
    }
}
