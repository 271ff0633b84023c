package io.edukpi.commons.problem;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.edukpi.commons.json.InputLimits;
import io.edukpi.commons.message.CommonMessage;
import io.edukpi.commons.message.Finding;
import io.quarkus.vertx.http.runtime.filters.Filters;

/**
 * A request target over {@code edukpi.http.max-request-target} characters is refused with 414 and the
 * parameter (or the path) that makes it long. Control characters in a path or query value ({@code /schools/%00},
 * {@code ?level=%00}) are refused
 * before any resource sees them: PostgreSQL rejects a NUL in text and logs would carry the others.
 * The same rule as for JSON text ({@link InputLimits}), answered with the parameter that holds one.
 */
@ApplicationScoped
public class RequestTargetCheck {

    /** After the request id is fixed, before the body-size check. */
    private static final int PRIORITY = 9_500;
    private static final Pattern ENCODED_CONTROL = Pattern.compile("%(?:[01][0-9A-Fa-f]|7[Ff])");

    private final RouterProblems problems;
    private final int maxTarget;

    public RequestTargetCheck(RouterProblems problems,
            @ConfigProperty(name = "edukpi.http.max-request-target", defaultValue = "8192") int maxTarget) {
        this.problems = problems;
        this.maxTarget = maxTarget;
    }

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            String path = rc.request().path();
            String query = rc.request().query();
            int length = rc.request().uri().length();
            if (length > maxTarget) {
                Finding finding = CommonMessage.REQUEST_TARGET_TOO_LONG.at(longestPart(path, query), length, maxTarget);
                // The path alone may be the long part: the instance is cut so the answer stays small.
                problems.write(rc, 414, CommonMessage.REQUEST_TARGET_TOO_LONG.text(length, maxTarget), cut(path),
                        List.of(finding));
                return;
            }
            Optional<Finding> refused = refused(path, query);
            if (refused.isPresent()) {
                problems.write(rc, 400, CommonMessage.FIELDS_INVALID.text(1), path, List.of(refused.get()));
                return;
            }
            rc.next();
        }, PRIORITY);
    }

    /** "path", or the query parameter with the longest value. */
    static String longestPart(String path, String query) {
        String longest = "path";
        int longestLength = path == null ? 0 : path.length();
        for (String pair : query == null ? new String[0] : query.split("&")) {
            int equals = pair.indexOf('=');
            if (pair.length() > longestLength) {
                longestLength = pair.length();
                longest = decode(equals < 0 ? pair : pair.substring(0, equals));
            }
        }
        return InputLimits.text(longest, "query").isPresent() ? "query" : cut(longest);
    }

    private static String cut(String text) {
        return text == null || text.length() <= 200 ? text : text.substring(0, 200) + "…";
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
