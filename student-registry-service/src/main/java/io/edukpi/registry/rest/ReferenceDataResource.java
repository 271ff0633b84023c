package io.edukpi.registry.rest;

import java.net.URI;
import java.util.List;
import java.util.Map;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.edukpi.commons.problem.ProblemException;
import io.edukpi.commons.security.Roles;
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
    @Operation(summary = RegistryMessage.Examples.OFFICE_KINDS)
    public Response putOffice(@PathParam("code") @Pattern(regexp = "[0-9]{1,8}") String code,
            @Valid @NotNull AreaOffice body) {
        AreaOffice office = new AreaOffice(code, body.nameTh(), body.kind());
        boolean created = service.putOffice(office);
        return (created ? Response.created(URI.create("/api/v1/registry/area-offices/" + code)) : Response.ok()).entity(office)
                .build();
    }

    @GET
    @Path("/area-offices/{code}")
    @RolesAllowed({ Roles.OBEC_ADMIN, Roles.REVIEWER, Roles.DASHBOARD, Roles.AREA_OFFICER, Roles.SCHOOL_OFFICER,
            Roles.MIS_CLIENT })
    @Operation(summary = "An area office")
    public AreaOffice office(@PathParam("code") String code) {
        return service.office(code).orElseThrow(() -> ProblemException.notFound(RegistryMessage.OFFICE_NOT_FOUND.text(code)));
    }

    @PUT
    @Path("/schools/{code}")
    @RolesAllowed({ Roles.OBEC_ADMIN, Roles.SCHOOL_OFFICER, Roles.MIS_CLIENT })
    @Operation(summary = "Create (OBEC) or update a school and its 6 key items", description = "School officers and MIS clients update their own schools; only OBEC registers new ones.")
    public Response putSchool(@PathParam("code") @Pattern(regexp = "[0-9]{10}", message = "must be 10 digits") String code,
            @Valid @NotNull School body) {
        access.requireWrite(code);
        boolean created = service.putSchool(code, body, access.admin());
        School school = service.school(code).orElseThrow();
        return (created ? Response.created(URI.create("/api/v1/registry/schools/" + code)) : Response.ok()).entity(school)
                .build();
    }

    @GET
    @Path("/schools/{code}")
    @RolesAllowed({ Roles.OBEC_ADMIN, Roles.REVIEWER, Roles.AREA_OFFICER, Roles.SCHOOL_OFFICER, Roles.MIS_CLIENT })
    @Operation(summary = "A school and its 6 key items")
    public School school(@PathParam("code") String code) {
        return service.school(code).filter(s -> access.mayRead(code, s.officeCode()))
                .orElseThrow(() -> ProblemException.notFound(RegistryMessage.SCHOOL_NOT_FOUND.text(code)));
    }

    @GET
    @Path("/reference-codes/{list}")
    @RolesAllowed({ Roles.OBEC_ADMIN, Roles.REVIEWER, Roles.AREA_OFFICER, Roles.SCHOOL_OFFICER, Roles.MIS_CLIENT,
            Roles.DASHBOARD })
    @Operation(summary = "A code list: ethnicity, nationality, religion, disability or travel-mode")
    public List<ReferenceCode> codes(@PathParam("list") String list) {
        return service.codes(list(list));
    }

    @PUT
    @Path("/reference-codes/{list}/{code}")
    @RolesAllowed(Roles.OBEC_ADMIN)
    @Operation(summary = "Add or change a code of a list, effective at once (no release needed)")
    public Response putCode(@PathParam("list") String list, @PathParam("code") String code,
            @Valid @NotNull ReferenceCode body) {
        ReferenceList which = list(list);
        boolean created = service.putCode(which, code, body);
        ReferenceCode stored = service.codes(which).stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
        // A code may hold characters a URI must encode (a space): built, not concatenated.
        URI location = UriBuilder.fromPath("/api/v1/registry/reference-codes/{list}/{code}").build(which.slug(), code);
        return (created ? Response.created(location) : Response.ok()).entity(stored).build();
    }

    private static ReferenceList list(String slug) {
        return ReferenceList.ofSlug(slug)
                .orElseThrow(() -> ProblemException.notFound(RegistryMessage.LIST_NOT_FOUND.text(slug)));
    }

    @POST
    @Path("/census-rounds")
    @RolesAllowed(Roles.OBEC_ADMIN)
    @Operation(summary = "Open a census round (10 June or 10 November of an academic year)")
    public Response openRound(@Valid @NotNull NewCensusRound body) {
        CensusRound round = service.openRound(body);
        return Response.created(URI.create("/api/v1/registry/census-rounds/" + round.id())).entity(round).build();
    }

    @GET
    @Path("/census-rounds")
    @RolesAllowed({ Roles.OBEC_ADMIN, Roles.REVIEWER, Roles.AREA_OFFICER, Roles.SCHOOL_OFFICER, Roles.MIS_CLIENT,
            Roles.DASHBOARD })
    @Operation(summary = "Census rounds, newest first")
    public List<CensusRound> rounds() {
        return service.rounds();
    }

    @GET
    @Path("/census-rounds/{id}")
    @RolesAllowed({ Roles.OBEC_ADMIN, Roles.REVIEWER, Roles.AREA_OFFICER, Roles.SCHOOL_OFFICER, Roles.MIS_CLIENT,
            Roles.DASHBOARD })
    @Operation(summary = "A census round")
    public CensusRound round(@PathParam("id") long id) {
        return service.round(id).orElseThrow(() -> ProblemException.notFound(RegistryMessage.ROUND_NOT_FOUND.text(id)));
    }

    @POST
    @Path("/census-rounds/{id}/closing")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.OBEC_ADMIN)
    @Operation(summary = "Close a round; publishes every office's final registry.statistics")
    public CensusRound close(@PathParam("id") long id) {
        return certification.close(id);
    }

    @PUT
    @Path("/population-figures")
    @RolesAllowed(Roles.OBEC_ADMIN)
    @Operation(summary = "Import population by office, year and age (Ministry of Interior figures)")
    public Map<String, Integer> population(@Valid @NotNull PopulationImport body) {
        return Map.of("imported", service.importPopulation(body.figures()));
    }
}
