package io.edukpi.submission.service;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.edukpi.commons.problem.ProblemException;
import io.edukpi.submission.domain.SubmissionMessage;
import io.edukpi.submission.persistence.ResultEntity;

/**
 * The score a value would get, while the office keys it: asked of scoring-service's evaluate
 * endpoint with the caller's own token, never computed here.
 */
@ApplicationScoped
public class ScorePreview {

    private final ResultAccess access;
    private final ScoringClient scoring;
    private final JsonColumns json;

    public ScorePreview(ResultAccess access, @RestClient ScoringClient scoring, JsonColumns json) {
        this.access = access;
        this.scoring = scoring;
        this.json = json;
    }

    @Schema(description = "The value to score instead of the result's current one")
    public record Request(
            @Schema(description = "A value of a THRESHOLD or PASS_FAIL indicator", example = "74.36") BigDecimal value,
            @Schema(description = "Milestone steps reached, for a MILESTONE indicator", example = "[1, 2, 3]") List<Integer> stepsCompleted) {
    }

    /** Scoring's answer for the value asked (or the result's current value). */
    public JsonNode preview(UUID resultId, Request request, String authorization) {
        ObjectNode ask = question(resultId, request == null ? new Request(null, null) : request);
        try {
            return scoring.evaluate(authorization, ask);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() >= 500) {
                throw unavailable();
            }
            throw new PassedOnException(e.getResponse().getStatus(), e.getResponse().readEntity(String.class));
        } catch (ProcessingException e) {
            throw unavailable();
        }
    }

    @Transactional
    ObjectNode question(UUID resultId, Request request) {
        ResultEntity r = access.visible(resultId);
        ObjectNode ask = json.mapper().createObjectNode();
        ask.put("fiscalYear", r.fiscalYear);
        ask.put("level", r.level);
        ask.put("indicatorCode", r.indicatorCode);
        if (request.stepsCompleted() != null || (request.value() == null && r.stepsCompleted != null)) {
            var steps = ask.putArray("stepsCompleted");
            (request.stepsCompleted() != null ? request.stepsCompleted() : List.of(r.stepsCompleted)).forEach(steps::add);
        } else {
            BigDecimal value = request.value() != null ? request.value() : r.value;
            if (value == null) {
                throw ProblemException.invalid(SubmissionMessage.PREVIEW_NEEDS_VALUE.text(),
                        List.of(SubmissionMessage.REQUIRED.at("value", "value")));
            }
            ask.put("value", value);
        }
        return ask;
    }

    private static ProblemException unavailable() {
        return new ProblemException(503, SubmissionMessage.SCORING_UNAVAILABLE,
                SubmissionMessage.SCORING_UNAVAILABLE_DETAIL.text(), List.of());
    }

    /** scoring-service's own 4xx problem, passed on to the caller unchanged. */
    public static class PassedOnException extends RuntimeException {
        private final int status;
        private final String body;

        PassedOnException(int status, String body) {
            super("scoring-service answered " + status);
            this.status = status;
            this.body = body;
        }

        public int status() {
            return status;
        }

        public String body() {
            return body;
        }
    }
}
