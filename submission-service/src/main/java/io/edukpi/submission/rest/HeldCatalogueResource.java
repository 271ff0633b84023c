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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.edukpi.commons.calendar.FiscalYear;
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

    public record HeldCatalogue(UUID catalogueId, int fiscalYear, int fiscalYearBe, String level, int version,
            String title, OffsetDateTime publishedAt, OffsetDateTime receivedAt) {
    }

    @GET
    @Authenticated
    @Transactional
    @Operation(summary = "The catalogue versions results can be keyed against (the newest of each year and level is used)")
    public List<HeldCatalogue> listHeldCatalogues() {
        return catalogues.all().stream().map(HeldCatalogueResource::of).toList();
    }

    private static HeldCatalogue of(CatalogueService.Held e) {
        return new HeldCatalogue(e.catalogueId(), e.fiscalYear(), FiscalYear.toBuddhist(e.fiscalYear()), e.level(), e.version(),
                e.title(), e.publishedAt(), e.receivedAt());
    }
}
