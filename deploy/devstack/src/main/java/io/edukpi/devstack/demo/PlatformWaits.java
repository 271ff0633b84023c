package io.edukpi.devstack.demo;

import static io.edukpi.devstack.demo.DemoPeople.ADMIN;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import io.edukpi.devstack.Readiness;

/** What the demo year waits for because other services pass it on through Kafka. */
final class PlatformWaits {

    private static final Duration TIMEOUT = Duration.ofMinutes(3);

    private final PlatformClient client;
    private final ServiceUrls urls;

    PlatformWaits(PlatformClient client, ServiceUrls urls) {
        this.client = client;
        this.urls = urls;
    }

    /** The "catalogue" stage: submission-service has the FY 2554 catalogue indicator-service published. */
    void catalogue() {
        Readiness.await("the FY 2554 catalogue in submission-service", TIMEOUT, null, () -> {
            PlatformClient.Answer answer = client.call(ADMIN, "GET", urls.submissions() + "/catalogues", null);
            return answer.ok() && answer.body().contains("\"fiscalYear\":" + ReportPlan.FISCAL_YEAR);
        });
    }

    /**
     * The "scores" stage: scoring-service applies accepted results as their events arrive; done when the
     * last round's rankings list every office.
     */
    void rankings(int rounds) {
        int lastRound = ReportPlan.ROUNDS[rounds - 1];
        AtomicReference<String> last = new AtomicReference<>("");
        try {
            Readiness.await("the last round's rankings", TIMEOUT, null, () -> {
                int primary = ranked(lastRound, "PRIMARY");
                int secondary = ranked(lastRound, "SECONDARY");
                last.set(primary + " primary, " + secondary + " secondary");
                return primary == DemoData.PRIMARY_OFFICES && secondary == DemoData.SECONDARY_OFFICES;
            });
        } catch (IllegalStateException e) {
            throw new IllegalStateException("the last round's rankings did not list every office within "
                    + TIMEOUT.toMinutes() + " minutes: " + last.get(), e);
        }
    }

    private int ranked(int round, String kind) {
        PlatformClient.Answer answer = client.call(ADMIN, "GET", urls.scores() + "/rankings/" + ReportPlan.FISCAL_YEAR
                + "/" + round + "?level=" + ReportPlan.LEVEL + "&officeKind=" + kind + "&size=500", null);
        return answer.ok() ? answer.json().path("items").size() : 0;
    }
}
