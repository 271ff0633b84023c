package io.edukpi.submission.rest;

import java.util.List;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.edukpi.submission.domain.SubmissionMessage.Examples;
import io.edukpi.submission.persistence.AreaOfficeEntity;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.Authenticated;

/**
 * The area offices results belong to, read only: an office is registered in student-registry-service and
 * learnt here from its registry.area-offices event (its statistics keep the name and kind up to date too).
 * A plain list: the country has a few hundred offices, bounded by nature.
 */
@Path("/api/v1/submissions/area-offices")
@Tag(name = "Submissions")
@Produces(MediaType.APPLICATION_JSON)
public class AreaOfficeResource {

    @Schema(description = "An area office as submission-service knows it")
    public record AreaOffice(
            @Schema(description = "Area office code", example = "5001") String code,
            @Schema(description = "Thai name", example = Examples.OFFICE_NAME) String nameTh,
            @Schema(description = "PRIMARY (primary education area) or SECONDARY (secondary education area); offices rank within their kind", enumeration = {
                    "PRIMARY", "SECONDARY" }, example = "PRIMARY") String kind){
        static AreaOffice of(AreaOfficeEntity e) {
            return new AreaOffice(e.code, e.nameTh, e.kind);
        }
    }

    @GET
    @Authenticated
    @Transactional
    @Operation(summary = Examples.AREA_OFFICES_SUMMARY, description = "Ordered by code. Offices are registered in "
            + "student-registry-service (PUT /api/v1/registry/area-offices/{code}) and appear here shortly after.")
    @APIResponse(responseCode = "200", description = "The offices, by code")
    @APIResponse(responseCode = "304", description = "not-modified: If-None-Match holds the list's current ETag")
    public List<AreaOffice> listAreaOffices() {
        return AreaOfficeEntity.<AreaOfficeEntity> listAll(Sort.by("code")).stream()
                .map(AreaOffice::of).toList();
    }
}
