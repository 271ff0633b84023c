package io.edukpi.submission.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.logging.Logger;

import io.edukpi.commons.calendar.FiscalYear;
import io.edukpi.commons.outbox.Outbox;
import io.edukpi.submission.config.ReminderConfig;
import io.edukpi.submission.domain.RoundProgress;
import io.edukpi.submission.domain.RoundProgress.Due;
import io.edukpi.submission.domain.RoundProgress.Pending;
import io.edukpi.submission.domain.RoundProgress.ResultLine;
import io.edukpi.submission.domain.SubmissionCatalogue;
import io.edukpi.submission.domain.SubmissionCatalogue.IndicatorSpec;
import io.edukpi.submission.messaging.DeadlineApproaching;
import io.edukpi.submission.persistence.AreaOfficeEntity;
import io.edukpi.submission.persistence.DeadlineReminderEntity;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.quarkus.scheduler.Scheduled;

/**
 * The daily reminder: for each latest catalogue's round whose deadline is one of the configured numbers of days
 * away, one submission.deadline-approaching event per office that still owes results for it. A reminder is
 * sent once per office, catalogue, round and number of days, however often the job runs and on however many
 * instances. Each reminder is also an e-mail to the office's officers (OfficeMail), written with the claim.
 */
@ApplicationScoped
public class DeadlineReminderService {

    private static final Logger LOG = Logger.getLogger(DeadlineReminderService.class);
    /** Serialises runs across instances (pg_advisory_xact_lock); the table's key alone already prevents repeats. */
    private static final long LOCK = 0x5375624465616431L;

    private final CatalogueService catalogues;
    private final Outbox outbox;
    private final ReminderConfig config;
    private final OfficeMail mail;
    private final Clock clock;

    public DeadlineReminderService(CatalogueService catalogues, Outbox outbox, ReminderConfig config, OfficeMail mail,
            Clock clock) {
        this.catalogues = catalogues;
        this.outbox = outbox;
        this.config = config;
        this.mail = mail;
        this.clock = clock;
    }

    /** A reminder that was sent. */
    @Schema(description = "A deadline reminder sent to an office (event submission.deadline-approaching)")
    public record Sent(@Schema(description = "Area office code", example = "5001") String officeCode,
            @Schema(description = RoundProgressService.FISCAL_YEAR, example = "2011") int fiscalYear,
            @Schema(description = RoundProgressService.LEVEL, example = "OBEC_AGREEMENT") String level,
            @Schema(description = RoundProgressService.ROUND, example = "6") int round,
            @Schema(description = RoundProgressService.DEADLINE, example = "2011-04-15") LocalDate deadline,
            @Schema(description = "Days before the deadline it was sent for (one of the configured daysBefore)", example = "3") int daysLeft,
            @Schema(description = "The office's expected results not yet certified when it was sent", example = "4") int pending,
            @Schema(description = "The id of the event sent", example = "9a4e1f6c-2b3d-4c5e-8f70-1a2b3c4d5e6f") UUID eventId,
            @Schema(description = "When it was sent") OffsetDateTime sentAt) {

        static Sent of(DeadlineReminderEntity e) {
            return new Sent(e.key.officeCode(), e.key.fiscalYear(), e.key.level(), e.key.round(), e.deadline,
                    e.key.daysBefore(), e.pending, e.eventId, e.sentAt);
        }
    }

    /** What one run did: the reminders it sent and how many it found already sent by an earlier run. */
    @Schema(description = "What one run of the reminder job did")
    public record Run(@Schema(description = "The day it ran as (a Bangkok date, C.E.)", example = "2011-04-12") LocalDate date,
            @Schema(description = "The days before a deadline on which reminders go out (configuration)", example = "[7, 3, 1]") List<Integer> daysBefore,
            @Schema(description = "The reminders this run sent") List<Sent> sent,
            @Schema(description = "Reminders due that an earlier run had sent already (not sent again)", example = "0") int alreadySent) {
    }

    @Scheduled(identity = "deadline-reminders", cron = "{edukpi.reminders.cron}", timeZone = "Asia/Bangkok", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void daily() {
        Run run = run(today());
        LOG.infof("deadline reminders for %s: %d sent, %d already sent earlier", run.date(), run.sent().size(),
                run.alreadySent());
    }

    /** Today in Bangkok, the day the deadlines are counted in. */
    public LocalDate today() {
        return Clocks.today(clock);
    }

    /** Runs the job as on {@code date} (a Bangkok calendar day). */
    @Transactional
    public Run run(LocalDate date) {
        Panache.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, LOCK)
                .getSingleResult();
        List<Sent> sent = new ArrayList<>();
        int already = 0;
        List<AreaOfficeEntity> offices = AreaOfficeEntity.listAll(Sort.by("code"));
        for (SubmissionCatalogue catalogue : catalogues.newestOfEach()) {
            for (Due due : RoundProgress.due(catalogue, date, config.daysBefore())) {
                int round = due.round().round();
                List<IndicatorSpec> expected = RoundProgress.expected(catalogue, round);
                Map<String, List<ResultLine>> lines = RoundProgressService.resultLines(catalogue.fiscalYear(),
                        catalogue.level(), round);
                for (AreaOfficeEntity office : offices) {
                    List<Pending> pending = RoundProgress.pending(expected, lines.getOrDefault(office.code, List.of()));
                    if (pending.isEmpty()) {
                        continue;
                    }
                    OffsetDateTime now = OffsetDateTime.now(clock);
                    var key = new DeadlineReminderEntity.Key(office.code, catalogue.fiscalYear(), catalogue.level(),
                            round, due.daysLeft());
                    UUID placeholder = new UUID(0, 0);
                    if (!DeadlineReminderEntity.claim(key, catalogue.id(), due.round().deadline(), pending.size(),
                            placeholder, now)) {
                        already++;
                        continue;
                    }
                    UUID eventId = outbox.publish(DeadlineApproaching.TOPIC, office.code, DeadlineApproaching.TYPE,
                            new DeadlineApproaching(office.code, office.nameTh, office.kind, catalogue.fiscalYear(),
                                    FiscalYear.toBuddhist(catalogue.fiscalYear()), catalogue.level(), round,
                                    due.round().deadline(),
                                    due.daysLeft(), pending.stream().map(p -> new DeadlineApproaching.PendingResult(
                                            p.indicatorCode(), p.indicatorName(),
                                            p.state() == null ? null : p.state().name())).toList(),
                                    now));
                    mail.reminder(key, office, due.round().deadline(), pending);
                    DeadlineReminderEntity claimed = DeadlineReminderEntity.findById(key);
                    claimed.eventId = eventId;
                    sent.add(Sent.of(claimed));
                }
            }
        }
        return new Run(date, List.copyOf(config.daysBefore()), sent, already);
    }

    /** The reminders sent for a fiscal year, optionally one level and round. */
    @Transactional
    public List<Sent> sent(int fiscalYear, String level, Integer round) {
        StringBuilder where = new StringBuilder("key.fiscalYear = :fy");
        Map<String, Object> params = new HashMap<>();
        params.put("fy", fiscalYear);
        if (level != null) {
            where.append(" and key.level = :level");
            params.put("level", level);
        }
        if (round != null) {
            where.append(" and key.round = :round");
            params.put("round", round);
        }
        return DeadlineReminderEntity.<DeadlineReminderEntity> list(where + " order by key.level, key.round, "
                + "key.daysBefore desc, key.officeCode", params).stream().map(Sent::of).toList();
    }
}
