package io.edukpi.registry.rest;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

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
import io.edukpi.registry.service.StatisticsService.Statistics;

@Path("/api/v1/registry")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Certification and statistics")
public class CertificationResource {

    private final CertificationService certification;
    private final ReferenceDataService reference;
    private final StatisticsService statistics;
    private final Access access;
    private final ObjectMapper mapper;

    public CertificationResource(CertificationService certification, ReferenceDataService reference,
            StatisticsService statistics, Access access, ObjectMapper mapper) {
        this.certification = certification;
        this.reference = reference;
        this.statistics = statistics;
        this.access = access;
        this.mapper = mapper;
    }

    private static final String ROUND = "The census round's id";
    private static final String SCHOOL = "The ministry's 10-digit school code";

    @GET
    @Path("/census-rounds/{roundId}/schools/{schoolCode}/certification")
    @RolesAllowed({ Roles.OBEC_ADMIN, Roles.REVIEWER, Roles.AREA_OFFICER, Roles.SCHOOL_OFFICER, Roles.MIS_CLIENT })
    @Operation(summary = "Where a school's data of the round stand: NOT_CERTIFIED, CERTIFIED, ACKNOWLEDGED or REOPENED", description = "Answers the state with who certified and acknowledged, and when. Readable by whoever may read the "
            + "school (OBEC, reviewers, its area office, its director, its MIS client); any other school is not-found (404).")
    public Certification get(@Parameter(description = ROUND) @PathParam("roundId") long roundId,
            @Parameter(description = SCHOOL, example = "1050130001") @PathParam("schoolCode") String schoolCode) {
        return certification.get(roundId, schoolCode, access);
    }

    @POST
    @Path("/census-rounds/{roundId}/schools/{schoolCode}/certification")
    @RolesAllowed({ Roles.OBEC_ADMIN, Roles.AREA_OFFICER, Roles.SCHOOL_OFFICER })
    @Operation(summary = "Certify a school's data of the round (locks them); publishes registry.statistics", description = "The school's director (school-officer of the own school), its area office or OBEC certifies; the "
            + "school's records of the round then refuse changes until reopened, and the office's figures are announced "
            + "with trigger CERTIFICATION.")
    @APIResponse(responseCode = "200", description = "The school's data, certified", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Certification.class)))
    @APIResponse(responseCode = "409", description = "conflict (already-certified, round-closed): the data are certified already, or the round is closed")
    public Certification certify(@Parameter(description = ROUND) @PathParam("roundId") long roundId,
            @Parameter(description = SCHOOL, example = "1050130001") @PathParam("schoolCode") String schoolCode) {
        return certification.certify(roundId, schoolCode, access);
    }

    @POST
    @Path("/census-rounds/{roundId}/schools/{schoolCode}/certification/acknowledgement")
    @RolesAllowed({ Roles.OBEC_ADMIN, Roles.AREA_OFFICER })
    @Operation(summary = "The area office acknowledges a certification", description = "The school's area officer (or OBEC) confirms certified data: the state becomes ACKNOWLEDGED and "
            + "the data stay locked.")
    @APIResponse(responseCode = "200", description = "The certification, acknowledged", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Certification.class)))
    @APIResponse(responseCode = "409", description = "conflict (acknowledge-not-certified): the school's data are not certified")
    public Certification acknowledge(@Parameter(description = ROUND) @PathParam("roundId") long roundId,
            @Parameter(description = SCHOOL, example = "1050130001") @PathParam("schoolCode") String schoolCode) {
        return certification.acknowledge(roundId, schoolCode, access);
    }

    @POST
    @Path("/census-rounds/{roundId}/schools/{schoolCode}/certification/reopening")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OBEC_ADMIN, Roles.AREA_OFFICER })
    @Operation(summary = "Reopen certified data for a correction; the reason is audited", description = "The school's area officer (or OBEC) unlocks certified or acknowledged data so the school can correct "
            + "them; the state becomes REOPENED and the school certifies again afterwards.")
    @APIResponse(responseCode = "200", description = "The school's data, reopened", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Certification.class)))
    @APIResponse(responseCode = "409", description = "conflict (reopen-not-certified): the school's data are not certified")
    public Certification reopen(@Parameter(description = ROUND) @PathParam("roundId") long roundId,
            @Parameter(description = SCHOOL, example = "1050130001") @PathParam("schoolCode") String schoolCode,
            @Valid @NotNull Reopening body) {
        return certification.reopen(roundId, schoolCode, body.reason(), access);
    }

    @GET
    @Path("/census-rounds/{roundId}/area-offices/{officeCode}/statistics")
    @RolesAllowed({ Roles.OBEC_ADMIN, Roles.REVIEWER, Roles.DASHBOARD, Roles.AREA_OFFICER })
    @Operation(summary = "An office's registry statistics for the round, as published on registry.statistics", description = "Its ETag "
            + "depends on the figures only (not on generatedAt): the same figures give the same ETag, and If-None-Match with it "
            + "answers 304.")
    @APIResponse(responseCode = "200", description = "The figures, computed now (trigger QUERY)", headers = @Header(name = "ETag", description = "Weak tag of the figures", schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Statistics.class)))
    @APIResponse(responseCode = "304", description = "The figures are those of the ETag sent in If-None-Match")
    public RestResponse<Statistics> statistics(@Parameter(description = ROUND) @PathParam("roundId") long roundId,
            @Parameter(description = "The area office", example = "5001") @PathParam("officeCode") String officeCode,
            @Parameter(description = "An ETag of an earlier answer") @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        AreaOffice office = reference.office(officeCode).filter(o -> access.mayReadOffice(o.code()))
                .orElseThrow(() -> ProblemException.notFound(RegistryMessage.OFFICE_NOT_FOUND.text(officeCode)));
        CensusRound round = reference.round(roundId)
                .orElseThrow(() -> ProblemException.notFound(RegistryMessage.ROUND_NOT_FOUND.text(roundId)));
        Statistics figures = statistics.compute(office, round, "QUERY", null);
        String tag = figuresTag(figures);
        if (ifNoneMatch != null && Arrays.stream(ifNoneMatch.split(",")).map(String::trim)
                .anyMatch(t -> t.equals("*") || t.equals(tag) || ("W/" + t).equals(tag))) {
            return RestResponse.ResponseBuilder.<Statistics> create(RestResponse.Status.NOT_MODIFIED)
                    .header(HttpHeaders.ETAG, tag).build();
        }
        return RestResponse.ResponseBuilder.ok(figures).header(HttpHeaders.ETAG, tag).build();
    }

    /** A hash of everything but the time of computing: the figures, not the moment they were asked for. */
    private String figuresTag(Statistics figures) {
        ObjectNode json = mapper.valueToTree(figures);
        json.remove("generatedAt");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(mapper.writeValueAsBytes(json));
            return "W/\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
