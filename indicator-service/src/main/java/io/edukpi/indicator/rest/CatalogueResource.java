package io.edukpi.indicator.rest;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.edukpi.commons.idempotency.IdempotentRequests;
import io.edukpi.commons.problem.ProblemError;
import io.edukpi.commons.problem.ProblemException;
import io.edukpi.commons.security.Caller;
import io.edukpi.commons.security.Roles;
import io.edukpi.indicator.domain.Catalogue;
import io.edukpi.indicator.domain.CatalogueDiff;
import io.edukpi.indicator.domain.Indicator;
import io.edukpi.indicator.json.CatalogueJson;
import io.edukpi.indicator.persistence.CatalogueRepository;
import io.edukpi.indicator.service.CatalogueProblems;
import io.edukpi.indicator.service.CatalogueService;
import io.edukpi.indicator.service.IndicatorConfig;
import io.edukpi.indicator.service.StoredCatalogue;
import io.edukpi.indicator.transfer.CsvFormat;
import io.edukpi.indicator.transfer.TabularCatalogue;
import io.edukpi.indicator.transfer.XlsxFormat;

/**
 * {@code /api/v1/catalogues}: versioned indicator catalogues. Drafts are visible to obec-admin and reviewer
 * only (others get 404, so a draft's existence does not leak); only obec-admin changes anything.
 */
@Path("/api/v1/catalogues")
@Tag(name = "catalogues")
@Produces(MediaType.APPLICATION_JSON)
// Reads: every role of the platform (drafts are filtered per caller below); writes narrow this to obec-admin.
@RolesAllowed({ Roles.OBEC_ADMIN, Roles.REVIEWER, Roles.AREA_OFFICER, Roles.SCHOOL_OFFICER, Roles.DASHBOARD, Roles.BATCH,
        Roles.REGISTRY_PII, Roles.MIS_CLIENT })
public class CatalogueResource {

    private static final String BASE = "/api/v1/catalogues";
    private static final String EXAMPLE = """
            {"fiscalYear": 2012, "level": "OBEC_AGREEMENT", "title": "ตัวชี้วัดตามคำรับรองการปฏิบัติราชการ พ.ศ. 2555",
             "belowLevelOnePolicy": "ONE",
             "rounds": [{"round": 12, "label": "รอบ 12 เดือน", "periodEnd": "2012-09-30", "deadline": "2012-10-15"}],
             "bands": [{"code": "STANDARD", "labelTh": "ระดับมาตรฐาน", "labelEn": "Standard", "minPercent": 0}],
             "indicators": [{"code": "3.1.3", "parentCode": null, "name": "ระดับคะแนนเฉลี่ย O-NET ป.6 ภาษาไทย", "unit": "ระดับ",
               "weight": 0.77, "criterion": {"type": "THRESHOLD", "thresholds": [34.58, 36.58, 38.58, 40.58, 42.58], "step": 2},
               "baselines": [{"fiscalYear": 2010, "value": 38.58, "unit": "ระดับ", "text": "38.58"}]}]}
            """;

    private final CatalogueService service;
    private final Caller caller;
    private final ObjectMapper mapper;
    private final IndicatorConfig config;
    private final IdempotentRequests idempotent;

    @Context
    Request request;

    @Context
    UriInfo uri;

    public CatalogueResource(CatalogueService service, Caller caller, ObjectMapper mapper, IndicatorConfig config,
            IdempotentRequests idempotent) {
        this.service = service;
        this.caller = caller;
        this.mapper = mapper;
        this.config = config;
        this.idempotent = idempotent;
    }

    // ------------------------------------------------------------------ reads

    @GET
    @Operation(summary = "List and search catalogue versions", description = "Filter by fiscal year (C.E. as fiscalYear, or B.E. as fiscalYearBe), level and status. Newest first.")
    public Response list(@QueryParam("fiscalYear") @Parameter(description = "C.E.", example = "2011") String fiscalYearText,
            @QueryParam("fiscalYearBe") @Parameter(description = "B.E.", example = "2554") String fiscalYearBeText,
            @QueryParam("level") @Parameter(example = "OBEC_AGREEMENT") String level,
            @QueryParam("status") @Parameter(description = "repeatable", example = "PUBLISHED") List<String> statuses,
            @QueryParam("page") @DefaultValue("0") String pageText,
            @QueryParam("size") @DefaultValue("20") String sizeText) {
        // Parsed here, not by JAX-RS, so that a bad number answers 400 naming the parameter instead of 404.
        List<ProblemError> errors = new java.util.ArrayList<>();
        Integer fiscalYear = integer("fiscalYear", fiscalYearText, errors);
        Integer fiscalYearBe = integer("fiscalYearBe", fiscalYearBeText, errors);
        Integer pageNumber = integer("page", pageText, errors);
        Integer sizeNumber = integer("size", sizeText, errors);
        int page = pageNumber == null ? 0 : pageNumber;
        int size = sizeNumber == null ? 20 : sizeNumber;
        if (fiscalYear != null && fiscalYearBe != null && fiscalYearBe != fiscalYear + Catalogue.BUDDHIST_ERA_OFFSET) {
            errors.add(ProblemError.field("fiscalYearBe", "year-mismatch", "fiscalYearBe must be fiscalYear + 543",
                    "ปี พ.ศ. ต้องเท่ากับ ปี ค.ศ. + 543"));
        }
        Integer year = fiscalYear != null ? fiscalYear
                : fiscalYearBe == null ? null : fiscalYearBe - Catalogue.BUDDHIST_ERA_OFFSET;
        if (level != null && !isEnum(Catalogue.Level.class, level)) {
            errors.add(ProblemError.field("level", "unknown-value", "level must be OBEC_AGREEMENT or AREA_OFFICE_MEASURES",
                    "ระดับต้องเป็น OBEC_AGREEMENT หรือ AREA_OFFICE_MEASURES").withValue(level));
        }
        List<String> wanted = statuses == null || statuses.isEmpty()
                ? List.of("DRAFT", "PUBLISHED", "ARCHIVED")
                : statuses.stream().map(s -> s.toUpperCase(Locale.ROOT)).toList();
        wanted.stream().filter(s -> !isEnum(Catalogue.Status.class, s)).forEach(s -> errors.add(ProblemError.field("status",
                "unknown-value", "status must be DRAFT, PUBLISHED or ARCHIVED", "สถานะต้องเป็น DRAFT, PUBLISHED หรือ ARCHIVED")
                .withValue(s)));
        if (page < 0 || size < 1 || size > 100) {
            errors.add(ProblemError.field("size", "out-of-range", "page >= 0 and size 1 to 100",
                    "page ต้องไม่ติดลบ และ size ต้องอยู่ระหว่าง 1 ถึง 100"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("The search parameters are not valid.", "เงื่อนไขการค้นหาไม่ถูกต้อง", errors);
        }
        if (!seesDrafts()) {
            wanted = wanted.stream().filter(s -> !s.equals("DRAFT")).toList();
        }
        var result = wanted.isEmpty() ? new CatalogueRepository.Result(List.of(), 0)
                : service.search(new CatalogueRepository.Search(year, level, wanted, page, size));
        return withHashEtag(new CatalogueViews.PageView<>(result.items().stream().map(CatalogueSummary::of).toList(),
                page, size, result.total()));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One catalogue version: summary, validation findings and the canonical content")
    public Response get(@PathParam("id") UUID id) {
        StoredCatalogue c = visible(id);
        return conditional(c, () -> CatalogueViews.CatalogueView.of(c));
    }

    @GET
    @Path("{id}/tree")
    @Operation(summary = "The indicator hierarchy of one version")
    public Response tree(@PathParam("id") UUID id) {
        StoredCatalogue c = visible(id);
        return conditional(c, () -> CatalogueViews.TreeView.of(c));
    }

    @GET
    @Path("{id}/indicators/{code}")
    @Operation(summary = "One indicator by code, with its ancestors, children and findings")
    public Response indicator(@PathParam("id") UUID id, @PathParam("code") String code) {
        StoredCatalogue c = visible(id);
        Indicator i = c.content().indicator(code).orElseThrow(() -> CatalogueProblems.indicatorNotFound(code));
        return conditional(c, () -> CatalogueViews.IndicatorView.of(c, i));
    }

    @GET
    @Path("{id}/diff")
    @Operation(summary = "What changed from version 'from' to this one: catalogue fields, indicators added, removed, changed")
    public Response diff(@PathParam("id") UUID id,
            @QueryParam("from") @Parameter(description = "id of the older version") UUID from) {
        if (from == null) {
            throw ProblemException.invalid("Query parameter 'from' (a catalogue id) is required.", "ต้องระบุพารามิเตอร์ from",
                    List.of(ProblemError.field("from", "required", "required", "ต้องระบุ")));
        }
        visible(id);
        visible(from);
        CatalogueDiff diff = service.diff(from, id);
        return withHashEtag(diff);
    }

    @GET
    @Path("{id}/export")
    @Produces({ MediaType.APPLICATION_JSON, XlsxFormat.MEDIA_TYPE, CsvFormat.MEDIA_TYPE })
    @Operation(summary = "Export a version as canonical JSON, XLSX or CSV (format=json|xlsx|csv)")
    public Response export(@PathParam("id") UUID id, @QueryParam("format") @DefaultValue("json") String format) {
        StoredCatalogue c = visible(id);
        String f = format.toLowerCase(Locale.ROOT);
        if (!List.of("json", "xlsx", "csv").contains(f)) {
            throw ProblemException.invalid("format must be json, xlsx or csv.", "format ต้องเป็น json, xlsx หรือ csv",
                    List.of(ProblemError.field("format", "unknown-value", "json, xlsx or csv", "json, xlsx หรือ csv")
                            .withValue(format)));
        }
        EntityTag tag = new EntityTag(c.etag().replace("\"", "") + "-" + f);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            return unchanged.tag(tag).build();
        }
        String file = "catalogue-" + c.content().fiscalYearBe() + "-" + c.content().level().name().toLowerCase(Locale.ROOT)
                + "-v" + c.version() + "." + f;
        byte[] body;
        String type;
        switch (f) {
            case "xlsx":
                body = XlsxFormat.write(TabularCatalogue.toSheets(c.content()));
                type = XlsxFormat.MEDIA_TYPE;
                break;
            case "csv":
                body = CsvFormat.write(TabularCatalogue.toSheets(c.content()));
                type = CsvFormat.MEDIA_TYPE + ";charset=UTF-8";
                break;
            default:
                body = exportJson(c);
                type = MediaType.APPLICATION_JSON;
        }
        return Response.ok(body, type).tag(tag)
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"").build();
    }

    // ------------------------------------------------------------------ writes (obec-admin)

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OBEC_ADMIN)
    @Operation(summary = "Create a draft from canonical catalogue JSON (docs/catalogue.schema.json)")
    public Response create(
            @RequestBody(description = "Canonical catalogue JSON (docs/catalogue.schema.json)", content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "minimal", value = EXAMPLE))) byte[] body,
            @HeaderParam(IdempotentRequests.HEADER) String key) {
        Catalogue content = CatalogueJson.read(body);
        return idempotent.run(caller.name(), key, IdempotentRequests.fingerprint("create", body),
                () -> created(service.createDraft(content, null)));
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
                            @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "minimal", value = EXAMPLE)),
                            @Content(mediaType = XlsxFormat.MEDIA_TYPE),
                            @Content(mediaType = CsvFormat.MEDIA_TYPE) }) byte[] body,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
            @HeaderParam(IdempotentRequests.HEADER) String key) {
        if (body.length > config.maxImportBytes()) {
            throw new ProblemException(413, "payload-too-large", "Payload too large", "ข้อมูลมีขนาดใหญ่เกินกำหนด",
                    "The upload is " + body.length + " bytes; at most " + config.maxImportBytes() + " are accepted.",
                    "ไฟล์มีขนาด " + body.length + " ไบต์ รับได้ไม่เกิน " + config.maxImportBytes() + " ไบต์", List.of());
        }
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        Catalogue content;
        if (type.startsWith(XlsxFormat.MEDIA_TYPE) || type.startsWith(MediaType.APPLICATION_OCTET_STREAM)) {
            content = TabularCatalogue.fromSheets(XlsxFormat.read(body));
        } else if (type.startsWith(CsvFormat.MEDIA_TYPE)) {
            content = TabularCatalogue.fromSheets(CsvFormat.read(body));
        } else {
            content = CatalogueJson.read(body);
        }
        if (dryRun) {
            return Response.ok(service.importCatalogue(content, true)).build();
        }
        return idempotent.run(caller.name(), key, IdempotentRequests.fingerprint("import " + type, body), () -> {
            CatalogueService.ImportReport report = service.importCatalogue(content, false);
            return Response.created(URI.create(BASE + "/" + report.createdId())).entity(report).build();
        });
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OBEC_ADMIN)
    @Operation(summary = "Replace a draft's content (If-Match recommended)")
    public Response replace(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, byte[] body) {
        return ok(service.replace(id, ifMatch, CatalogueJson.read(body)));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.OBEC_ADMIN)
    @Operation(summary = "Delete a draft")
    public Response delete(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.deleteDraft(id, ifMatch);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/indicators")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OBEC_ADMIN)
    @Operation(summary = "Add an indicator to a draft (placed after its parent's last descendant)")
    public Response addIndicator(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, byte[] body) {
        Indicator indicator = CatalogueJson.readIndicator(json(body));
        StoredCatalogue c = service.addIndicator(id, ifMatch, indicator);
        return Response.created(uri.getBaseUriBuilder().path("api/v1/catalogues").path(id.toString()).path("indicators")
                .path(indicator.code()).build())
                .tag(new EntityTag(c.etag().replace("\"", ""))).entity(CatalogueViews.IndicatorView.of(c, indicator)).build();
    }

    @PUT
    @Path("{id}/indicators/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OBEC_ADMIN)
    @Operation(summary = "Replace an indicator of a draft (the code stays; move changes the parent)")
    public Response replaceIndicator(@PathParam("id") UUID id, @PathParam("code") String code,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, byte[] body) {
        JsonNode node = json(body);
        if (node.isObject() && (!node.has("code") || node.get("code").isNull())) {
            ((ObjectNode) node).put("code", code);
        }
        Indicator indicator = CatalogueJson.readIndicator(node);
        if (!code.equals(indicator.code())) {
            throw ProblemException.invalid("The body's code differs from the path's.", "รหัสตัวชี้วัดในข้อมูลไม่ตรงกับใน URL",
                    List.of(ProblemError.field("code", "code-mismatch", "must be " + code, "ต้องเป็น " + code)
                            .withValue(indicator.code())));
        }
        StoredCatalogue c = service.replaceIndicator(id, ifMatch, code, indicator);
        return Response.ok(CatalogueViews.IndicatorView.of(c, indicator)).tag(new EntityTag(c.etag().replace("\"", "")))
                .build();
    }

    @POST
    @Path("{id}/indicators/{code}/move")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OBEC_ADMIN)
    @Operation(summary = "Give an indicator (with its subtree) a new parent; parentCode null makes it top-level")
    public Response moveIndicator(@PathParam("id") UUID id, @PathParam("code") String code,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "under 3.1", value = "{\"parentCode\": \"3.1\"}"))) CatalogueViews.MoveRequest move) {
        if (move == null) {
            throw ProblemException.invalid("A body {\"parentCode\": ...} is required.", "ต้องส่งข้อมูล parentCode",
                    List.of(ProblemError.field("parentCode", "required", "required", "ต้องระบุ")));
        }
        return ok(service.moveIndicator(id, ifMatch, code, move.parentCode()));
    }

    @DELETE
    @Path("{id}/indicators/{code}")
    @RolesAllowed(Roles.OBEC_ADMIN)
    @Operation(summary = "Remove an indicator without children from a draft")
    public Response removeIndicator(@PathParam("id") UUID id, @PathParam("code") String code,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(service.removeIndicator(id, ifMatch, code));
    }

    @POST
    @Path("{id}/publish")
    @RolesAllowed(Roles.OBEC_ADMIN)
    @Operation(summary = "Publish a draft (idempotent: publishing a published version changes nothing and emits nothing)")
    public Response publish(@PathParam("id") UUID id) {
        return ok(service.publish(id));
    }

    @POST
    @Path("{id}/archive")
    @RolesAllowed(Roles.OBEC_ADMIN)
    @Operation(summary = "Archive a published version (idempotent)")
    public Response archive(@PathParam("id") UUID id) {
        return ok(service.archive(id));
    }

    @POST
    @Path("{id}/copy")
    @RolesAllowed(Roles.OBEC_ADMIN)
    @Operation(summary = "Copy a published (or archived) version into a new draft, version + 1")
    public Response copy(@PathParam("id") UUID id, @HeaderParam(IdempotentRequests.HEADER) String key) {
        return idempotent.run(caller.name(), key, IdempotentRequests.fingerprint("copy " + id, ""),
                () -> created(service.copy(id)));
    }

    // ------------------------------------------------------------------ helpers

    private boolean seesDrafts() {
        return caller.hasRole(Roles.OBEC_ADMIN) || caller.hasRole(Roles.REVIEWER);
    }

    private StoredCatalogue visible(UUID id) {
        StoredCatalogue c = service.get(id);
        if (c.status() == Catalogue.Status.DRAFT && !seesDrafts()) {
            throw CatalogueProblems.notFound(id);
        }
        return c;
    }

    private Response ok(StoredCatalogue c) {
        return Response.ok(CatalogueViews.CatalogueView.of(c)).tag(new EntityTag(c.etag().replace("\"", ""))).build();
    }

    private Response created(StoredCatalogue c) {
        return Response.created(URI.create(BASE + "/" + c.id())).tag(new EntityTag(c.etag().replace("\"", "")))
                .entity(CatalogueViews.CatalogueView.of(c)).build();
    }

    private Response conditional(StoredCatalogue c, java.util.function.Supplier<Object> body) {
        EntityTag tag = new EntityTag(c.etag().replace("\"", ""));
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            return unchanged.tag(tag).build();
        }
        return Response.ok(body.get()).tag(tag).build();
    }

    /** Serialised once here; commons' BodyETags tags the bytes and answers If-None-Match. */
    private Response withHashEtag(Object body) {
        try {
            return Response.ok(mapper.writeValueAsBytes(body), MediaType.APPLICATION_JSON).build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The canonical JSON with the version's identity in front (ignored again on import). */
    private static byte[] exportJson(StoredCatalogue c) {
        ObjectNode out = CatalogueJson.MAPPER.createObjectNode();
        out.put("catalogueId", c.id().toString());
        out.put("version", c.version());
        out.put("status", c.status().name());
        out.put("publishedAt", c.publishedAt() == null ? null : c.publishedAt().toString());
        ObjectNode content = CatalogueJson.tree(c.content());
        out.put("fiscalYear", c.content().fiscalYear());
        out.put("fiscalYearBe", c.content().fiscalYearBe());
        content.remove("fiscalYear");
        out.setAll(content);
        try {
            return CatalogueJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(out)
                    .getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(byte[] body) {
        try {
            JsonNode node = CatalogueJson.MAPPER.readTree(body);
            if (node == null || !node.isObject()) {
                throw ProblemException.invalid("The body must be a JSON object.", "ข้อมูลต้องเป็นออบเจกต์ JSON",
                        List.of(ProblemError.field("", "not-an-object", "expected a JSON object", "ต้องเป็นออบเจกต์ JSON")));
            }
            return node;
        } catch (java.io.IOException e) {
            throw ProblemException.invalid("The body is not JSON.", "ข้อมูลไม่ใช่ JSON",
                    List.of(ProblemError.field("", "malformed-json", e.getMessage().lines().findFirst().orElse(""),
                            "JSON ไม่ถูกต้อง")));
        }
    }

    private static Integer integer(String name, String text, List<ProblemError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            errors.add(ProblemError.field(name, "not-a-number", "'" + text + "' is not a whole number",
                    "'" + text + "' ไม่ใช่จำนวนเต็ม").withValue(text));
            return null;
        }
    }

    private static <E extends Enum<E>> boolean isEnum(Class<E> type, String value) {
        return java.util.Arrays.stream(type.getEnumConstants()).anyMatch(e -> e.name().equals(value));
    }
}
