package io.edukpi.indicator.rest;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.edukpi.commons.idempotency.IdempotentRequests;
import io.edukpi.commons.problem.ProblemException;
import io.edukpi.commons.security.Caller;
import io.edukpi.commons.security.Roles;
import io.edukpi.indicator.domain.Catalogue;
import io.edukpi.indicator.domain.IndicatorMessage;
import io.edukpi.indicator.service.CatalogueService;
import io.edukpi.indicator.service.IndicatorConfig;
import io.edukpi.indicator.service.StoredCatalogue;
import io.edukpi.indicator.spreadsheet.CsvFormat;
import io.edukpi.indicator.spreadsheet.XlsxFormat;

/** Whole catalogues as files: {@code GET /{id}/export} (every reader) and {@code POST /import} (obec-admin). */
@Path(CatalogueResponses.BASE)
@Tag(name = "catalogues")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.OBEC_ADMIN, Roles.REVIEWER, Roles.AREA_OFFICER, Roles.SCHOOL_OFFICER, Roles.DASHBOARD, Roles.BATCH,
        Roles.REGISTRY_PII, Roles.MIS_CLIENT })
public class CatalogueFileResource {

    private final CatalogueService service;
    private final CatalogueAccess access;
    private final Caller caller;
    private final IndicatorConfig config;
    private final IdempotentRequests idempotent;

    @Context
    Request request;

    public CatalogueFileResource(CatalogueService service, CatalogueAccess access, Caller caller, IndicatorConfig config,
            IdempotentRequests idempotent) {
        this.service = service;
        this.access = access;
        this.caller = caller;
        this.config = config;
        this.idempotent = idempotent;
    }

    @GET
    @Path("{id}/export")
    @Produces({ MediaType.APPLICATION_JSON, XlsxFormat.MEDIA_TYPE, CsvFormat.MEDIA_TYPE })
    @Operation(summary = "Export a version as canonical JSON, XLSX or CSV (format=json|xlsx|csv)")
    public Response export(@PathParam("id") UUID id, @QueryParam("format") @DefaultValue("json") String format) {
        StoredCatalogue c = access.visible(id);
        CatalogueFileFormat f = CatalogueFileFormat.ofExtension(format).orElseThrow(() -> ProblemException
                .invalid(List.of(IndicatorMessage.UNKNOWN_VALUE.at("format", format, "json, xlsx, csv").withValue(format))));
        EntityTag tag = new EntityTag(c.etag().replace("\"", "") + "-" + f.extension());
        String file = "catalogue-" + c.content().fiscalYearBe() + "-" + c.content().level().name().toLowerCase(Locale.ROOT)
                + "-v" + c.version() + "." + f.extension();
        return CatalogueResponses.conditional(request, tag, () -> Response.ok(f.write(c), f.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + file + "\""));
    }

    @POST
    @Path("import")
    @Consumes({ MediaType.APPLICATION_JSON, XlsxFormat.MEDIA_TYPE, CsvFormat.MEDIA_TYPE, MediaType.APPLICATION_OCTET_STREAM })
    @RolesAllowed(Roles.OBEC_ADMIN)
    @Operation(summary = "Import a whole catalogue as a new draft (JSON, XLSX or CSV by Content-Type)", description = "dryRun=true validates and reports what would be created or changed (diff against the latest version "
            + "of the same fiscal year and level) and every finding, and writes nothing.")
    public Response importCatalogue(
            @RequestBody(description = "The whole catalogue: canonical JSON, an .xlsx workbook or a CSV "
                    + "(layout in docs/indicator-service.md)", content = {
                            @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "minimal", value = CatalogueDraftResource.EXAMPLE)),
                            @Content(mediaType = XlsxFormat.MEDIA_TYPE),
                            @Content(mediaType = CsvFormat.MEDIA_TYPE) }) byte[] body,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
            @HeaderParam(IdempotentRequests.HEADER) String key) {
        if (body.length > config.maxImportBytes()) {
            throw ProblemException.of(413, IndicatorMessage.UPLOAD_TOO_LARGE.text(body.length, config.maxImportBytes()),
                    List.of());
        }
        Catalogue content = CatalogueFileFormat.ofUpload(contentType).read(body);
        if (dryRun) {
            return Response.ok(service.importCatalogue(content, true)).build();
        }
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        return idempotent.run(caller.name(), key, IdempotentRequests.fingerprint("import " + type, body), () -> {
            CatalogueService.ImportReport report = service.importCatalogue(content, false);
            return Response.created(URI.create(CatalogueResponses.BASE + "/" + report.createdId())).entity(report).build();
        });
    }
}
