package io.edukpi.scoring.rest;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.edukpi.commons.message.Finding;
import io.edukpi.commons.message.Text;
import io.edukpi.commons.problem.ProblemException;
import io.edukpi.commons.problem.Problems;
import io.edukpi.scoring.domain.InvalidScoringInputException;
import io.edukpi.scoring.domain.ScoringMessage;
import io.edukpi.scoring.service.UnknownCatalogueException;

/** The engine's refusals as problem+json: 400 with one error per violation and its path. */
public class ScoringProblemMappers {

    private final Problems problems;

    public ScoringProblemMappers(Problems problems) {
        this.problems = problems;
    }

    @ServerExceptionMapper
    public Response invalid(InvalidScoringInputException e, UriInfo uri) {
        return problems.toResponse(Problems.of(invalidProblem(e), uri.getPath()));
    }

    @ServerExceptionMapper
    public Response unknownCatalogue(UnknownCatalogueException e, UriInfo uri) {
        return problems.toResponse(Problems.of(ProblemException.notFound(
                ScoringMessage.CATALOGUE_NOT_PUBLISHED.text(e.fiscalYear(), e.level())), uri.getPath()));
    }

    /** 400 {@code validation}: the detail lists every finding, in each language. */
    private static ProblemException invalidProblem(InvalidScoringInputException e) {
        List<Finding> findings = e.findings();
        Text english = ScoringMessage.INPUT_INVALID.text(joined(findings, Finding::message));
        Text thai = ScoringMessage.INPUT_INVALID.text(joined(findings, Finding::messageTh));
        return ProblemException.invalid(new Text(english.english(), thai.thai()), findings);
    }

    private static String joined(List<Finding> findings, Function<Finding, String> text) {
        return findings.stream().map(f -> f.field() + ": " + text.apply(f)).collect(Collectors.joining("; "));
    }
}
