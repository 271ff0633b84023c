package io.edukpi.submission.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.chrono.ThaiBuddhistChronology;
import java.time.chrono.ThaiBuddhistDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.edukpi.commons.calendar.FiscalYear;
import io.edukpi.submission.domain.MailKind;
import io.edukpi.submission.domain.RoundProgress.Pending;
import io.edukpi.submission.persistence.AreaOfficeEntity;
import io.edukpi.submission.persistence.DeadlineReminderEntity;
import io.edukpi.submission.persistence.MailMessageEntity;
import io.edukpi.submission.persistence.ResultEntity;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;

/**
 * Writes the e-mails to an office's officers into the mail outbox, in the caller's transaction (the reminder's
 * claim, the return), from the Qute templates under templates/mail/ (Thai first, English below). MailRelay
 * sends them.
 */
@ApplicationScoped
public class OfficeMail {

    private static final DateTimeFormatter THAI_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy",
            Locale.forLanguageTag("th-TH")).withChronology(ThaiBuddhistChronology.INSTANCE);

    /** One pending indicator as the reminder lists it; state is null when nothing was keyed yet. */
    @TemplateData
    public record PendingLine(String code, String name, String state) {
    }

    private final Template reminderSubject;
    private final Template reminder;
    private final Template returnedSubject;
    private final Template returned;
    private final Clock clock;

    public OfficeMail(@Location("mail/deadline-reminder-subject.txt") Template reminderSubject,
            @Location("mail/deadline-reminder.txt") Template reminder,
            @Location("mail/result-returned-subject.txt") Template returnedSubject,
            @Location("mail/result-returned.txt") Template returned, Clock clock) {
        this.reminderSubject = reminderSubject;
        this.reminder = reminder;
        this.returnedSubject = returnedSubject;
        this.returned = returned;
        this.clock = clock;
    }

    /** A Bangkok date as Thai readers write it: day, the month's Thai name, the B.E. year. */
    public static String thaiDate(LocalDate date) {
        return THAI_DATE.format(ThaiBuddhistDate.from(date));
    }

    /** The reminder of a key just claimed; a reminder is mailed once, like its event. */
    public void reminder(DeadlineReminderEntity.Key key, AreaOfficeEntity office, LocalDate deadline,
            List<Pending> pending) {
        List<PendingLine> lines = pending.stream().map(p -> new PendingLine(p.indicatorCode(), p.indicatorName(),
                p.state() == null ? null : p.state().name())).toList();
        String mailKey = String.join(":", key.officeCode(), String.valueOf(key.fiscalYear()), key.level(),
                String.valueOf(key.round()), String.valueOf(key.daysBefore()));
        Map<String, Object> data = data(office, key.fiscalYear(), key.level(), key.round());
        data.put("deadline", deadline);
        data.put("deadlineTh", thaiDate(deadline));
        data.put("daysLeft", key.daysBefore());
        data.put("pending", lines);
        queue(MailKind.DEADLINE_REMINDER, mailKey, office, key.fiscalYear(), reminderSubject, reminder, data);
    }

    /** The return of {@code r} (flushed: its version names this return), with the reason. */
    public void returned(ResultEntity r, AreaOfficeEntity office, String indicatorName, String returnedBy) {
        Map<String, Object> data = data(office, r.fiscalYear, r.level, r.round);
        data.put("indicatorCode", r.indicatorCode);
        data.put("indicatorName", indicatorName);
        data.put("reason", r.returnReason);
        data.put("returnedBy", returnedBy);
        queue(MailKind.RESULT_RETURNED, r.id + ":" + r.version, office, r.fiscalYear, returnedSubject, returned, data);
    }

    private void queue(MailKind kind, String mailKey, AreaOfficeEntity office, int fiscalYear, Template subject,
            Template body, Map<String, Object> data) {
        TemplateInstance subjectText = subject.instance();
        TemplateInstance bodyText = body.instance();
        data.forEach((name, value) -> {
            subjectText.data(name, value);
            bodyText.data(name, value);
        });
        // The subject's template ends with a newline, as text files do.
        MailMessageEntity.queue(kind, mailKey, office.code, fiscalYear, subjectText.render().strip(), bodyText.render(),
                OffsetDateTime.now(clock));
    }

    private static Map<String, Object> data(AreaOfficeEntity office, int fiscalYear, String level, int round) {
        Map<String, Object> data = new HashMap<>();
        data.put("officeCode", office.code);
        data.put("officeName", office.nameTh);
        data.put("fiscalYear", fiscalYear);
        data.put("fiscalYearBe", FiscalYear.toBuddhist(fiscalYear));
        data.put("level", level);
        data.put("round", round);
        return data;
    }
}
