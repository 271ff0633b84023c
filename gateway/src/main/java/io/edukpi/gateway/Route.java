package io.edukpi.gateway;

import java.util.List;
import java.util.regex.Pattern;

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

    /** Clients and operators reach each service's health and OpenAPI under this prefix plus its name. */
    public static final String SERVICES_PREFIX = "/services/";

    /**
     * What of a service's {@code /q/} the gateway exposes: health and the OpenAPI document. Metrics,
     * Swagger UI and anything else stay inside, for Prometheus and operators on the service itself.
     */
    public static final String SERVICE_OPERATIONS = "/q/(health(/live|/ready|/started)?|openapi(\\.json|\\.yaml)?)";

    /** A regular expression matching the prefix itself and everything below it, nothing beside it. */
    public String pathRegex() {
        return Pattern.quote(prefix) + "(/.*)?";
    }
}
