package io.edukpi.submission.config;

import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The daily deadline reminders (submission.deadline-approaching). */
@ConfigMapping(prefix = "edukpi.reminders")
public interface ReminderConfig {

    /** When the job runs, as a Quartz-style cron read in Asia/Bangkok time (default: 07:00 every day). */
    @WithDefault("0 0 7 * * ?")
    String cron();

    /** How many days before a round's deadline an office with unfinished results is reminded. */
    @WithDefault("7,3,1")
    List<Integer> daysBefore();
}
