package io.edukpi.commons.problem;

import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem detail. {@code title} and {@code detail} are English; {@code titleTh} and
 * {@code detailTh} say the same in Thai for the school officer who reads it. {@code errors} points
 * at every offending field, row or line so a client can fix all of them in one go.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        URI type,
        String title,
        String titleTh,
        int status,
        String detail,
        String detailTh,
        URI instance,
        String requestId,
        List<ProblemError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** Base of every problem type URI; the path after it names the kind of problem. */
    public static final String TYPE_BASE = "https://edukpi.obec.go.th/problems/";

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** The same problem, for the request with this id (when it is known better than the logging context does). */
    public Problem withRequestId(String id) {
        return new Problem(type, title, titleTh, status, detail, detailTh, instance, id, errors);
    }

    public static URI type(String slug) {
        return URI.create(TYPE_BASE + slug);
    }
}
