package io.edukpi.submission.rest;

import java.io.IOException;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.edukpi.submission.service.ResultView;

/**
 * How a result is answered: tagged with its version and revision (the ETag If-Match takes back), also when an
 * Idempotency-Key replays a stored answer; and the texts the operations on results declare.
 */
final class ResultAnswers {

    static final String KEY_USE = "A key unique per request (1-128 of A-Z a-z 0-9 . _ : -): a retry with it "
            + "answers what the first answered, and changes nothing";
    static final String KEY_EXAMPLE = "5001-2011-6-1.1.1-submit-1";
    static final String IF_MATCH = "The result's ETag as last read (GET /results/{id}), e.g. \"1.3\"";
    static final String IF_MATCH_EXAMPLE = "\"1.3\"";
    static final String ID = "The result's id";
    static final String ID_EXAMPLE = "3f1c2a9e-5b7d-4e8a-9c61-2d4f8b0a7e15";
    static final String ETAG_HEADER = "version.revision of the result; send it back in If-Match to change it";
    static final String STALE = "if-match-stale: the result changed since it was read (its current ETag is named); "
            + "read it again and redo the change";
    static final String MISSING = "if-match-missing: If-Match is required; read the result first";
    static final String KEY_REUSED = "idempotency-key-reused: the Idempotency-Key was used for a different request";
    static final String TRANSITION_CONFLICT = "transition-not-allowed, earlier-round-not-certified, deadline-passed: "
            + "the result is not in a state that takes this step, an earlier round of the indicator is not "
            + "certified yet, or the catalogue refuses late submissions";
    static final String TRANSITION_UNPROCESSABLE = "reason-required, idempotency-key-reused, indicator-not-started, "
            + "indicator-cancelled, unknown-round: the step needs a reason, the Idempotency-Key was used for a "
            + "different request, or the catalogue takes no result of the indicator in this round";

    private final ObjectMapper mapper;

    ResultAnswers(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** A replayed answer is stored without headers: its ETag is the one of the result it carries. */
    Response tagged(Response answer) {
        if (answer.getEntityTag() != null || !(answer.getEntity() instanceof String replayed)) {
            return answer;
        }
        try {
            JsonNode view = mapper.readTree(replayed);
            return Response.fromResponse(answer)
                    .tag(tag(view.path("version").asInt(), view.path("revision").asInt())).build();
        } catch (IOException e) {
            throw new IllegalStateException("A stored answer is not the JSON it was stored as", e);
        }
    }

    static EntityTag tag(ResultView view) {
        return tag(view.version(), view.revision());
    }

    private static EntityTag tag(int version, int revision) {
        return new EntityTag(version + "." + revision);
    }

    static Response ok(ResultView view) {
        return Response.ok(view).tag(tag(view)).build();
    }
}
