package io.edukpi.registry.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.edukpi.commons.problem.ProblemException;
import io.edukpi.commons.security.Roles;
import io.edukpi.registry.domain.RegistryMessage;
import io.edukpi.registry.service.Access;
import io.edukpi.registry.service.AreaOffice;
import io.edukpi.registry.service.CensusRound;
import io.edukpi.registry.service.Certification;
import io.edukpi.registry.service.CertificationService;
import io.edukpi.registry.service.ReferenceDataService;
import io.edukpi.registry.service.StatisticsService;

@Path("/api/v1/registry")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Certification and statistics")
public class CertificationResource {

    private final CertificationService certification;
    private final ReferenceDataService reference;
    private final StatisticsService statistics;
    private final Access access;

    public CertificationResource(CertificationService certification, ReferenceDataService reference,
            StatisticsService statistics, Access access) {
        this.certification = certification;
        this.reference = reference;
        this.statistics = statistics;
        this.access = access;
    }

    @GET
    @Path("/census-rounds/{roundId}/schools/{schoolCode}/certification")
    @RolesAllowed({ Roles.OBEC_ADMIN, Roles.REVIEWER, Roles.AREA_OFFICER, Roles.SCHOOL_OFFICER, Roles.MIS_CLIENT })
    @Operation(summary = "Where a school's data of the round stand: NOT_CERTIFIED, CERTIFIED, ACKNOWLEDGED or REOPENED")
    public Certification get(@PathParam("roundId") long roundId, @PathParam("schoolCode") String schoolCode) {
        return certification.get(roundId, schoolCode, access);
    }

    @POST
    @Path("/census-rounds/{roundId}/schools/{schoolCode}/certification")
    @RolesAllowed({ Roles.OBEC_ADMIN, Roles.AREA_OFFICER, Roles.SCHOOL_OFFICER })
    @Operation(summary = "Certify a school's data of the round (locks them); publishes registry.statistics")
    public Certification certify(@PathParam("roundId") long roundId, @PathParam("schoolCode") String schoolCode) {
        return certification.certify(roundId, schoolCode, access);
    }

    @POST
    @Path("/census-rounds/{roundId}/schools/{schoolCode}/certification/acknowledgement")
    @RolesAllowed({ Roles.OBEC_ADMIN, Roles.AREA_OFFICER })
    @Operation(summary = "The area office acknowledges a certification")
    public Certification acknowledge(@PathParam("roundId") long roundId, @PathParam("schoolCode") String schoolCode) {
        return certification.acknowledge(roundId, schoolCode, access);
    }

    @POST
    @Path("/census-rounds/{roundId}/schools/{schoolCode}/certification/reopening")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OBEC_ADMIN, Roles.AREA_OFFICER })
    @Operation(summary = "Reopen certified data for a correction; the reason is audited")
    public Certification reopen(@PathParam("roundId") long roundId, @PathParam("schoolCode") String schoolCode,
            @Valid @NotNull Reopening body) {
        return certification.reopen(roundId, schoolCode, body.reason(), access);
    }

    @GET
    @Path("/census-rounds/{roundId}/area-offices/{officeCode}/statistics")
    @RolesAllowed({ Roles.OBEC_ADMIN, Roles.REVIEWER, Roles.DASHBOARD, Roles.AREA_OFFICER })
    @Operation(summary = "An office's registry statistics for the round, as published on registry.statistics")
    public StatisticsService.Statistics statistics(@PathParam("roundId") long roundId,
            @PathParam("officeCode") String officeCode) {
        AreaOffice office = reference.office(officeCode).filter(o -> access.mayReadOffice(o.code()))
                .orElseThrow(() -> ProblemException.notFound(RegistryMessage.OFFICE_NOT_FOUND.text(officeCode)));
        CensusRound round = reference.round(roundId)
                .orElseThrow(() -> ProblemException.notFound(RegistryMessage.ROUND_NOT_FOUND.text(roundId)));
        return statistics.compute(office, round, "QUERY", null);
    }
}
