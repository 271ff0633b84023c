package io.edukpi.indicator.rest;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.edukpi.commons.download.Downloads;
import io.edukpi.commons.idempotency.IdempotentRequests;
import io.edukpi.commons.problem.Enums;
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
    @Operation(summary = "Export a version as canonical JSON, XLSX or CSV (format=json|xlsx|csv)", description = "A download: "
            + "Content-Disposition names the file catalogue-<C.E. fiscal year>-<level>-v<version>.<json|xlsx|csv>.")
    @APIResponse(responseCode = "200", description = "The file", headers = {
            @Header(name = "Content-Disposition", description = "attachment with the file name, e.g. catalogue-2011-obec_agreement-v1.xlsx", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = HttpHeaders.ETAG, description = "The version's ETag for this format", schema = @Schema(type = SchemaType.STRING)) }, content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT, description = "Canonical catalogue JSON (docs/catalogue.schema.json)")),
                    @Content(mediaType = XlsxFormat.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = CsvFormat.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)) })
    @APIResponse(responseCode = "304", description = CatalogueResponses.NOT_MODIFIED)
    public Response export(
            @PathParam("id") @Parameter(description = CatalogueResponses.ID, example = CatalogueResponses.ID_EXAMPLE) UUID id,
            @QueryParam("format") @Parameter(description = "The file's format: its extension in lower case", schema = @Schema(type = SchemaType.STRING, enumeration = {
                    "json", "xlsx", "csv" }, defaultValue = "json")) String format) {
        StoredCatalogue c = access.visible(id);
        CatalogueFileFormat f = Optional
                .ofNullable(Enums.parse(CatalogueFileFormat.class, "format", format, CatalogueFileFormat::extension))
                .orElse(CatalogueFileFormat.JSON);
        EntityTag tag = new EntityTag(c.etag().replace("\"", "") + "-" + f.extension());
        String file = "catalogue-" + c.content().fiscalYear() + "-" + c.content().level().name().toLowerCase(Locale.ROOT)
                + "-v" + c.version() + "." + f.extension();
        // A Response, not RestResponse<byte[]>: typed as byte[], the JSON file would be written as a base64 string.
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        return (unchanged != null ? unchanged
                : Response.ok(f.write(c), f.contentType()).header("Content-Disposition", Downloads.attachment(file)))
                .tag(tag).build();
    }

    @POST
    @Path("import")
    @Consumes({ MediaType.APPLICATION_JSON, XlsxFormat.MEDIA_TYPE, CsvFormat.MEDIA_TYPE, MediaType.APPLICATION_OCTET_STREAM })
    @RolesAllowed(Roles.OBEC_ADMIN)
    @Operation(summary = "Import a whole catalogue as a new draft (JSON, XLSX or CSV by Content-Type)", description = "dryRun=true validates and reports what would be created or changed (diff against the latest version "
            + "of the same fiscal year and level) and every finding, and writes nothing.")
    @APIResponse(responseCode = "200", description = "dryRun=true: what the import would do; nothing written", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CatalogueService.ImportReport.class)))
    @APIResponse(responseCode = "201", description = "The new draft's report", headers = @Header(name = HttpHeaders.LOCATION, description = CatalogueResponses.LOCATION, schema = @Schema(type = SchemaType.STRING, format = "uri")), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CatalogueService.ImportReport.class)))
    @APIResponse(responseCode = "409", description = "conflict (draft-exists): the fiscal year and level already have a draft; edit or delete it first")
    @APIResponse(responseCode = "413", description = "payload-too-large (upload-too-large): the file is over the import limit")
    @APIResponse(responseCode = "422", description = CatalogueResponses.INVALID + "; or " + CatalogueResponses.KEY_REUSED)
    public Response importCatalogue(
            @RequestBody(description = "The whole catalogue: canonical JSON, an .xlsx workbook or a CSV "
                    + "(layout in docs/indicator-service.md)", required = true, content = {
                            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT), examples = @ExampleObject(name = "minimal", value = CatalogueDraftResource.EXAMPLE)),
                            @Content(mediaType = XlsxFormat.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                            @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary", description = "An .xlsx workbook sent as octet-stream")),
                            @Content(mediaType = CsvFormat.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)) }) byte[] body,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) @Parameter(hidden = true) String contentType,
            @QueryParam("dryRun") @DefaultValue("false") @Parameter(description = "true: validate and report, write nothing", example = "true") boolean dryRun,
            @HeaderParam(IdempotentRequests.HEADER) @Parameter(description = CatalogueResponses.IDEMPOTENCY_KEY, example = "import-2012-obec-1") String key) {
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
