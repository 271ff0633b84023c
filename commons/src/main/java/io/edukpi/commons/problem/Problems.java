package io.edukpi.commons.problem;

import java.net.URI;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.edukpi.commons.message.CommonMessage;
import io.edukpi.commons.message.Finding;
import io.edukpi.commons.message.Text;
import io.edukpi.commons.requestid.RequestIds;

/** Builds and writes problem bodies; the one place that knows their shape on the wire. */
@ApplicationScoped
public class Problems {

    private final ObjectMapper mapper;

    public Problems(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** A problem with the standard title of its status. */
    public static Problem of(int status, Text detail, String path, List<Finding> findings) {
        CommonMessage title = StatusTitles.of(status);
        return new Problem(Problem.type(title.code()), title.english(), title.thai(), status,
                detail == null ? null : detail.english(), detail == null ? null : detail.thai(),
                instance(path), RequestIds.current().orElse(null), findings.stream().map(ProblemError::of).toList());
    }

    public static Problem of(ProblemException e, String path) {
        return new Problem(Problem.type(e.slug()), e.title().english(), e.title().thai(), e.status(),
                e.detail().english(), e.detail().thai(), instance(path), RequestIds.current().orElse(null), e.errors());
    }

    public String toJson(Problem problem) {
        try {
            return mapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            // A record of strings and numbers always serializes; this cannot happen short of a broken mapper.
            throw new IllegalStateException(e);
        }
    }

    public Response toResponse(Problem problem) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(toJson(problem))
                .build();
    }

    private static URI instance(String path) {
        try {
            return path == null ? null : URI.create(path);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
