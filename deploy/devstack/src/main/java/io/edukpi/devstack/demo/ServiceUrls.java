package io.edukpi.devstack.demo;

import io.edukpi.devstack.PlatformSettings;

/** The APIs the demo year writes to and reads from. */
record ServiceUrls(String registry, String submissions, String scores) {

    static ServiceUrls of(PlatformSettings settings) {
        return new ServiceUrls(url(settings, "student-registry-service") + "/api/v1/registry",
                url(settings, "submission-service") + "/api/v1/submissions",
                url(settings, "scoring-service") + "/api/v1/scores");
    }

    private static String url(PlatformSettings settings, String service) {
        // Straight to the services: the gateway would only add a hop per call on a 2-CPU laptop.
        return settings.services().stream().filter(s -> s.name().equals(service)).findFirst().orElseThrow().url();
    }
}
