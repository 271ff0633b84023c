package io.edukpi.scoring.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.edukpi.commons.problem.ProblemError;
import io.edukpi.commons.problem.ProblemException;
import io.edukpi.commons.problem.Problems;
import io.edukpi.scoring.domain.InvalidScoringInputException;
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
        return problems.toResponse(Problems.of(ProblemException.notFound("Catalogue of fiscal year "
                + e.fiscalYear() + " and level", "บัญชีตัวชี้วัดปีงบประมาณ " + e.fiscalYear() + " ระดับ", e.level()),
                uri.getPath()));
    }

    static ProblemException invalidProblem(InvalidScoringInputException e) {
        return ProblemException.invalid("The scoring input is not valid: " + e.getMessage(),
                "ข้อมูลสำหรับการคำนวณคะแนนไม่ถูกต้อง",
                e.violations().stream().map(v -> ProblemError.field(v.path(), "invalid", v.message(), v.messageTh()))
                        .toList());
    }
}
