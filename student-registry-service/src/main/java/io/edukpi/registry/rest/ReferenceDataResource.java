package io.edukpi.registry.rest;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.edukpi.commons.calendar.Years;
import io.edukpi.commons.message.Finding;
import io.edukpi.commons.paging.Page;
import io.edukpi.commons.paging.PageRequest;
import io.edukpi.commons.problem.Enums;
import io.edukpi.commons.problem.ProblemException;
import io.edukpi.commons.security.Roles;
import io.edukpi.registry.domain.OfficeKind;
import io.edukpi.registry.domain.ReferenceList;
import io.edukpi.registry.domain.RegistryMessage;
import io.edukpi.registry.service.Access;
import io.edukpi.registry.service.AreaOffice;
import io.edukpi.registry.service.CensusRound;
import io.edukpi.registry.service.CertificationService;
import io.edukpi.registry.service.NewCensusRound;
import io.edukpi.registry.service.ReferenceCode;
import io.edukpi.registry.service.ReferenceDataService;
import io.edukpi.registry.service.School;

@Path("/api/v1/registry")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data", description = "Area offices, schools, code lists, census rounds, population")
public class ReferenceDataResource {

    private static final String PAGE = "Page number, from 0";
    private static final String SIZE = "Items per page, 1-500 (default 20)";

    private final ReferenceDataService service;
    private final CertificationService certification;
    private final Access access;

    public ReferenceDataResource(ReferenceDataService service, CertificationService certification, Access access) {
        this.service = service;
        this.certification = certification;
        this.access = access;
    }

    @PUT
    @Path("/area-offices/{code}")
    @RolesAllowed(Roles.OBEC_ADMIN)
    @Operation(summary = RegistryMessage.Examples.OFFICE_KINDS, description = "The one place an office is registered. "
            + "A new office or a new name or kind is published on registry.area-offices (submission-service and "
            + "scoring-service learn offices from it); a PUT that changes nothing publishes nothing.")
    @APIResponse(responseCode = "200", description = "The office existed; it is stored as sent", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AreaOffice.class)))
    @APIResponse(responseCode = "201", description = "The office is registered", headers = @Header(name = "Location", description = "The office's URI", schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AreaOffice.class)))
    public RestResponse<AreaOffice> putOffice(
            @Parameter(description = "The office code, 1-8 digits", example = "5001") @PathParam("code") @Pattern(regexp = "[0-9]{1,8}") String code,
            @Valid @NotNull AreaOffice body) {
        AreaOffice office = new AreaOffice(code, body.nameTh(), body.kind());
        boolean created = service.putOffice(office);
        return created
                ? RestResponse.ResponseBuilder.<AreaOffice> created(URI.create("/api/v1/registry/area-offices/" + code))
                        .entity(office).build()
                : RestResponse.ok(office);
    }

    @GET
    @Path("/area-offices")
    @RolesAllowed({ Roles.OBEC_ADMIN, Roles.REVIEWER, Roles.DASHBOARD, Roles.AREA_OFFICER, Roles.SCHOOL_OFFICER,
            Roles.MIS_CLIENT })
    @Operation(summary = "The area offices, by code, paged", description = "Every role reads the registered offices with their kind (PRIMARY or SECONDARY) and Thai name, "
            + "optionally of one kind; one page at a time with a Link header.")
    public RestResponse<Page<AreaOffice>> offices(
            @Parameter(description = "Only offices of this kind: PRIMARY or SECONDARY", schema = @Schema(enumeration = {
                    "PRIMARY", "SECONDARY" }, type = SchemaType.STRING)) @QueryParam("kind") String kind,
            @Parameter(description = PAGE, example = "0") @QueryParam("page") Integer page,
            @Parameter(description = SIZE, example = "20") @QueryParam("size") Integer size,
            @Context UriInfo uri) {
        PageRequest request = PageRequest.of(page, size);
        return service.offices(Enums.parse(OfficeKind.class, "kind", kind), request).answer(uri);
    }

    @GET
    @Path("/area-offices/{code}")
    @RolesAllowed({ Roles.OBEC_ADMIN, Roles.REVIEWER, Roles.DASHBOARD, Roles.AREA_OFFICER, Roles.SCHOOL_OFFICER,
            Roles.MIS_CLIENT })
    @Operation(summary = "An area office", description = "Every role reads one registered office; an unknown code is not-found (404).")
    public AreaOffice office(@Parameter(description = "The office code", example = "5001") @PathParam("code") String code) {
        return service.office(code).orElseThrow(() -> ProblemException.notFound(RegistryMessage.OFFICE_NOT_FOUND.text(code)));
    }

    @GET
    @Path("/area-offices/{code}/schools")
    @RolesAllowed({ Roles.OBEC_ADMIN, Roles.REVIEWER, Roles.DASHBOARD, Roles.AREA_OFFICER })
    @Operation(summary = "An office's schools and their 6 key items, by code, paged", description = "For OBEC, reviewers, "
            + "dashboards and the office's own area officers; another office answers 404.")
    public RestResponse<Page<School>> schools(
            @Parameter(description = "The office code", example = "5001") @PathParam("code") String code,
            @Parameter(description = PAGE, example = "0") @QueryParam("page") Integer page,
            @Parameter(description = SIZE, example = "20") @QueryParam("size") Integer size,
            @Context UriInfo uri) {
        PageRequest request = PageRequest.of(page, size);
        AreaOffice office = service.office(code).filter(o -> access.mayReadOffice(o.code()))
                .orElseThrow(() -> ProblemException.notFound(RegistryMessage.OFFICE_NOT_FOUND.text(code)));
        return service.schools(office.code(), request).answer(uri);
    }

    @PUT
    @Path("/schools/{code}")
    @RolesAllowed({ Roles.OBEC_ADMIN, Roles.SCHOOL_OFFICER, Roles.MIS_CLIENT })
    @Operation(summary = "Create (OBEC) or update a school and its 6 key items", description = "School officers and MIS clients update their own schools; only OBEC registers new ones.")
    @APIResponse(responseCode = "200", description = "The school existed; it is stored as sent", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = School.class)))
    @APIResponse(responseCode = "201", description = "The school is registered", headers = @Header(name = "Location", description = "The school's URI", schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = School.class)))
    public RestResponse<School> putSchool(
            @Parameter(description = "The ministry's 10-digit school code", example = "1050130001") @PathParam("code") @Pattern(regexp = "[0-9]{10}", message = "must be 10 digits") String code,
            @Valid @NotNull School body) {
        access.requireWrite(code);
        boolean created = service.putSchool(code, body, access.admin());
        School school = service.school(code).orElseThrow();
        return created
                ? RestResponse.ResponseBuilder.<School> created(URI.create("/api/v1/registry/schools/" + code)).entity(school)
                        .build()
                : RestResponse.ok(school);
    }

    @GET
    @Path("/schools/{code}")
    @RolesAllowed({ Roles.OBEC_ADMIN, Roles.REVIEWER, Roles.AREA_OFFICER, Roles.SCHOOL_OFFICER, Roles.MIS_CLIENT })
    @Operation(summary = "A school and its 6 key items", description = "OBEC and reviewers read every school, an area officer the schools of the own office, a school officer "
            + "the own school, an MIS client the schools it is registered for; any other school is not-found (404).")
    public School school(
            @Parameter(description = "The ministry's 10-digit school code", example = "1050130001") @PathParam("code") String code) {
        return service.school(code).filter(s -> access.mayRead(code, s.officeCode()))
                .orElseThrow(() -> ProblemException.notFound(RegistryMessage.SCHOOL_NOT_FOUND.text(code)));
    }

    @GET
    @Path("/reference-codes/{list}")
    @RolesAllowed({ Roles.OBEC_ADMIN, Roles.REVIEWER, Roles.AREA_OFFICER, Roles.SCHOOL_OFFICER, Roles.MIS_CLIENT,
            Roles.DASHBOARD })
    @Operation(summary = "A code list: ethnicity, nationality, religion, disability or travel-mode", description = "Answers every code of the list with its Thai and English label, the values the student records' items "
            + "take; every role reads it. An unknown list is not-found (404).")
    public List<ReferenceCode> codes(@Parameter(description = LIST, example = "ethnicity") @PathParam("list") String list) {
        return service.codes(list(list));
    }

    private static final String LIST = "The code list: ethnicity, nationality, religion, disability or travel-mode";

    @PUT
    @Path("/reference-codes/{list}/{code}")
    @RolesAllowed(Roles.OBEC_ADMIN)
    @Operation(summary = "Add or change a code of a list, effective at once (no release needed)", description = "Stores the code as sent: 201 with Location when it is new, 200 when it existed. Only obec-admin; an "
            + "unknown list is not-found (404).")
    @APIResponse(responseCode = "200", description = "The code existed; it is stored as sent", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferenceCode.class)))
    @APIResponse(responseCode = "201", description = "The code is added", headers = @Header(name = "Location", description = "The code's URI", schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferenceCode.class)))
    public RestResponse<ReferenceCode> putCode(
            @Parameter(description = LIST, example = "ethnicity") @PathParam("list") String list,
            @Parameter(description = "The code, 1-10 characters without a comma", example = "099") @PathParam("code") String code,
            @Valid @NotNull ReferenceCode body) {
        ReferenceList which = list(list);
        boolean created = service.putCode(which, code, body);
        ReferenceCode stored = service.codes(which).stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
        // A code may hold characters a URI must encode (a space): built, not concatenated.
        URI location = UriBuilder.fromPath("/api/v1/registry/reference-codes/{list}/{code}").build(which.slug(), code);
        return created ? RestResponse.ResponseBuilder.<ReferenceCode> created(location).entity(stored).build()
                : RestResponse.ok(stored);
    }

    private static ReferenceList list(String slug) {
        return ReferenceList.ofSlug(slug)
                .orElseThrow(() -> ProblemException.notFound(RegistryMessage.LIST_NOT_FOUND.text(slug)));
    }

    @POST
    @Path("/census-rounds")
    @RolesAllowed(Roles.OBEC_ADMIN)
    @Operation(summary = "Open a census round (10 June or 10 November of an academic year, C.E.)", description = "Opens the round for student records, files and certification and answers it with Location; a B.E. "
            + "year is refused with year-era (400). Only obec-admin.")
    @APIResponse(responseCode = "201", description = "The round is open", headers = @Header(name = "Location", description = "The round's URI", schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CensusRound.class)))
    @APIResponse(responseCode = "409", description = "conflict (round-exists): the year has this round already")
    public RestResponse<CensusRound> openRound(@Valid @NotNull NewCensusRound body) {
        Years.requireGregorian("academicYear", body.academicYear());
        CensusRound round = service.openRound(body);
        return RestResponse.ResponseBuilder.<CensusRound> created(URI.create("/api/v1/registry/census-rounds/" + round.id()))
                .entity(round).build();
    }

    @GET
    @Path("/census-rounds")
    @RolesAllowed({ Roles.OBEC_ADMIN, Roles.REVIEWER, Roles.AREA_OFFICER, Roles.SCHOOL_OFFICER, Roles.MIS_CLIENT,
            Roles.DASHBOARD })
    @Operation(summary = "Census rounds, newest first (two a year: a short list, not paged)", description = "Every role reads the rounds, open and closed, with their census date and certification deadline.")
    public List<CensusRound> rounds() {
        return service.rounds();
    }

    @GET
    @Path("/census-rounds/{id}")
    @RolesAllowed({ Roles.OBEC_ADMIN, Roles.REVIEWER, Roles.AREA_OFFICER, Roles.SCHOOL_OFFICER, Roles.MIS_CLIENT,
            Roles.DASHBOARD })
    @Operation(summary = "A census round", description = "Every role reads one round; an unknown id is not-found (404).")
    public CensusRound round(@Parameter(description = "The round's id", example = "1") @PathParam("id") long id) {
        return service.round(id).orElseThrow(() -> ProblemException.notFound(RegistryMessage.ROUND_NOT_FOUND.text(id)));
    }

    @POST
    @Path("/census-rounds/{id}/closing")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.OBEC_ADMIN)
    @Operation(summary = "Close a round; publishes every office's final registry.statistics", description = "Closes the round for good: its records, files and certifications no longer change, and each office's "
            + "final figures are announced with trigger ROUND_CLOSED. Only obec-admin.")
    @APIResponse(responseCode = "200", description = "The round, closed", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CensusRound.class)))
    @APIResponse(responseCode = "409", description = "conflict (round-closed): the round is closed already")
    public CensusRound close(@Parameter(description = "The round's id", example = "1") @PathParam("id") long id) {
        return certification.close(id);
    }

    @PUT
    @Path("/population-figures")
    @RolesAllowed(Roles.OBEC_ADMIN)
    @Operation(summary = "Import population by office, year (C.E.) and age (Ministry of Interior figures)", description = "Stores the figures, replacing those of the same office, year and age, and answers how many were "
            + "stored; they are the denominators of the enrolment ratios. Only obec-admin; a B.E. year is refused with "
            + "year-era (400).")
    public PopulationImported population(@Valid @NotNull PopulationImport body) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < body.figures().size(); i++) {
            findings.addAll(Years.eraFindings("figures[" + i + "].year", body.figures().get(i).year()));
        }
        if (!findings.isEmpty()) {
            throw ProblemException.invalid(findings);
        }
        return new PopulationImported(service.importPopulation(body.figures()));
    }
}
