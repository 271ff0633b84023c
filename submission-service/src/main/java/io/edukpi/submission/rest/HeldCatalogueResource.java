package io.edukpi.submission.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.edukpi.commons.calendar.FiscalYear;
import io.edukpi.submission.domain.SubmissionMessage.Examples;
import io.edukpi.submission.service.CatalogueService;
import io.quarkus.security.Authenticated;

/** Which published catalogue versions submission-service holds (its copy from catalogue.published). */
@Path("/api/v1/submissions/catalogues")
@Tag(name = "Submissions")
@Produces(MediaType.APPLICATION_JSON)
public class HeldCatalogueResource {

    private final CatalogueService catalogues;

    public HeldCatalogueResource(CatalogueService catalogues) {
        this.catalogues = catalogues;
    }

    @Schema(description = "A published catalogue version submission-service holds")
    public record HeldCatalogue(
            @Schema(description = "The catalogue version's id (indicator-service)", example = "0b7c5c8e-8f5e-4a55-9c39-3c0e4b3f2f10") UUID catalogueId,
            @Schema(description = "Fiscal year, C.E.", example = "2011") int fiscalYear,
            @Schema(description = "The same fiscal year in B.E., for Thai labels only", example = "2554") int fiscalYearBe,
            @Schema(description = "Catalogue level", enumeration = {
                    "OBEC_AGREEMENT", "AREA_OFFICE_MEASURES" }, example = "OBEC_AGREEMENT") String level,
            @Schema(description = "Version of the year and level's catalogue, from 1", example = "1") int version,
            @Schema(description = "Title, in Thai", example = Examples.CATALOGUE_TITLE) String title,
            @Schema(description = "When indicator-service published it") OffsetDateTime publishedAt,
            @Schema(description = "When submission-service received it") OffsetDateTime receivedAt){
    }

    @GET
    @Authenticated
    @Transactional
    @Operation(summary = "The catalogue versions results can be keyed against (the newest of each year and level is used)", description = "Any "
            + "signed-in user. The versions indicator-service published and submission-service received, newest year "
            + "first; empty until the first catalogue is published.")
    @APIResponse(responseCode = "200", description = "The held catalogue versions, a plain list (a few per year)")
    @APIResponse(responseCode = "304", description = "not-modified: If-None-Match holds the list's current ETag")
    public List<HeldCatalogue> listHeldCatalogues() {
        return catalogues.all().stream().map(HeldCatalogueResource::of).toList();
    }

    private static HeldCatalogue of(CatalogueService.Held e) {
        return new HeldCatalogue(e.catalogueId(), e.fiscalYear(), FiscalYear.toBuddhist(e.fiscalYear()), e.level(), e.version(),
                e.title(), e.publishedAt(), e.receivedAt());
    }
}
