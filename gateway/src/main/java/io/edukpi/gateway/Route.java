package io.edukpi.gateway;

import java.util.List;

/**
 * Which service answers which public path. The table is the gateway's API map; keep it in step
 * with docs/architecture.md.
 */
public record Route(String prefix, String service) {

    public static final List<Route> ALL = List.of(
            new Route("/api/v1/catalogues", "indicator-service"),
            new Route("/api/v1/registry", "student-registry-service"),
            new Route("/api/v1/submissions", "submission-service"),
            new Route("/api/v1/scores", "scoring-service"),
            new Route("/api/v1/scoring", "scoring-service"));

    /** Operators reach each service's health, metrics and OpenAPI under this prefix plus its name. */
    public static final String SERVICES_PREFIX = "/services/";

    /** A regular expression matching the prefix itself and everything below it, nothing beside it. */
    public String pathRegex() {
        return java.util.regex.Pattern.quote(prefix) + "(/.*)?";
    }
}
