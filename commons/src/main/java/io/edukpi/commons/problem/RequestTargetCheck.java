package io.edukpi.commons.problem;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.edukpi.commons.json.InputLimits;
import io.edukpi.commons.message.CommonMessage;
import io.edukpi.commons.message.Finding;
import io.quarkus.vertx.http.runtime.filters.Filters;

/**
 * Control characters in a path or query value ({@code /schools/%00}, {@code ?level=%00}) are refused
 * before any resource sees them: PostgreSQL rejects a NUL in text and logs would carry the others.
 * The same rule as for JSON text ({@link InputLimits}), answered with the parameter that holds one.
 */
@ApplicationScoped
public class RequestTargetCheck {

    /** After the request id is fixed, before the body-size check. */
    private static final int PRIORITY = 9_500;
    private static final Pattern ENCODED_CONTROL = Pattern.compile("%(?:[01][0-9A-Fa-f]|7[Ff])");

    private final Problems problems;

    public RequestTargetCheck(Problems problems) {
        this.problems = problems;
    }

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            Optional<Finding> refused = refused(rc.request().path(), rc.request().query());
            if (refused.isPresent()) {
                Problem problem = Problems.of(400, CommonMessage.FIELDS_INVALID.text(1), rc.request().path(),
                        List.of(refused.get()));
                rc.response().setStatusCode(400).putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .end(problems.toJson(problem));
                return;
            }
            rc.next();
        }, PRIORITY);
    }

    static Optional<Finding> refused(String path, String query) {
        if (path != null && ENCODED_CONTROL.matcher(path).find()) {
            Optional<Finding> inPath = InputLimits.text(decode(path.replace("+", "%2B")), "path");
            if (inPath.isPresent()) {
                return inPath;
            }
        }
        if (query == null || query.isEmpty()) {
            return Optional.empty();
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            Optional<Finding> finding = InputLimits.text(name, "query").or(() -> InputLimits.text(value, name));
            if (finding.isPresent()) {
                return finding;
            }
        }
        return Optional.empty();
    }

    /** Malformed escapes are left as they are: the resource answers those as it always did. */
    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
