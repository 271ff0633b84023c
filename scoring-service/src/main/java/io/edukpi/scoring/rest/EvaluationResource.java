package io.edukpi.scoring.rest;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.edukpi.commons.problem.ProblemException;
import io.edukpi.scoring.domain.ScoringMessage;
import io.edukpi.scoring.service.EvaluationService;
import io.quarkus.security.Authenticated;

/** Stateless scoring for previews (submission-service while keying) and third parties. */
@Path("/api/v1/scoring/evaluate")
@Tag(name = "Scoring")
public class EvaluationResource {

    private final EvaluationService evaluations;
    private final ObjectMapper mapper;

    public EvaluationResource(EvaluationService evaluations, ObjectMapper mapper) {
        this.evaluations = evaluations;
        this.mapper = mapper;
    }

    @POST
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Score a value with its explanation, nothing stored", description = "Three shapes: (1) a criterion and a value (or stepsCompleted), optionally targetScore for "
            + "the inverse; (2) fiscalYear, level and indicatorCode of a published catalogue instead of the "
            + "criterion; (3) a small tree: indicators (flat, parentCode), results by code, round, "
            + "optionally bands and whatIf {indicatorCode, targetTotal | targetBand}.")
    @RequestBody(required = true, description = "A criterion and a value, a catalogue indicator and a value, or a small "
            + "tree", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvaluationRequest.class), examples = {
                    @ExampleObject(name = "threshold", value = """
                            {"criterion": {"type": "THRESHOLD", "thresholds": [72.97, 73.57, 74.17, 74.77, 75.37], "step": 0.6},
                             "value": 74.36, "belowLevelOnePolicy": "ONE", "targetScore": 4}"""),
                    @ExampleObject(name = "catalogue indicator", value = """
                            {"fiscalYear": 2011, "level": "OBEC_AGREEMENT", "indicatorCode": "1.1.3", "value": 96.51}"""),
                    @ExampleObject(name = "tree", value = """
                            {"round": 6, "bands": [{"code": "ABOVE_STANDARD", "labelEn": "Above standard", "minPercent": 80},
                                                   {"code": "BELOW_STANDARD", "labelEn": "Below standard", "minPercent": 0}],
                             "indicators": [
                               {"code": "1", "weight": 20},
                               {"code": "1.1", "parentCode": "1", "weight": 10, "criterion": {"type": "THRESHOLD", "thresholds": [80, 85, 90, 95, 100]}},
                               {"code": "1.2", "parentCode": "1", "weight": 10, "criterion": {"type": "PASS_FAIL", "target": 100}}],
                             "results": {"1.1": {"value": 92.7}, "1.2": {"value": 100}},
                             "whatIf": {"indicatorCode": "1.1", "targetTotal": 4.8}}""") }))
    @APIResponse(responseCode = "200", description = "The score with its explanation; the shape follows the request's "
            + "(docs/scoring.md)", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT, description = "A criterion's score "
                    + "(score, displayScore, explanation, and inverse for targetScore) or a tree's total, percent, band, "
                    + "indicators and whatIf answer, as docs/scoring.md describes")))
    @APIResponse(responseCode = "400", description = Reads.INVALID)
    @APIResponse(responseCode = "404", description = "not-found: no catalogue of the fiscal year and level is published")
    public ObjectNode evaluate(
            JsonNode request) {
        if (request == null || !request.isObject()) {
            throw ProblemException.invalid(ScoringMessage.BODY_NOT_OBJECT_DETAIL.text(),
                    List.of(ScoringMessage.BODY_NOT_OBJECT.at("")));
        }
        return evaluations.evaluate(request, mapper);
    }
}
