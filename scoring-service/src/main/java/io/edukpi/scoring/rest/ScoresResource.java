package io.edukpi.scoring.rest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.edukpi.commons.csv.Csv;
import io.edukpi.commons.problem.ProblemError;
import io.edukpi.commons.problem.ProblemException;
import io.edukpi.commons.security.Roles;
import io.edukpi.scoring.domain.Rankings;
import io.edukpi.scoring.domain.Scores;
import io.edukpi.scoring.persistence.ScoreVersionEntity;
import io.edukpi.scoring.service.Catalogues;
import io.edukpi.scoring.service.Explanations;
import io.edukpi.scoring.service.ScoreLinks;
import io.edukpi.scoring.service.ScoreQueries;
import io.edukpi.scoring.service.Scorekeeper;
import io.quarkus.security.Authenticated;

/**
 * Dashboard reads: scorecards, their versions and explanations, rankings, history and a change
 * feed. JSON by default, CSV with {@code Accept: text/csv} or {@code ?format=csv}; every answer
 * carries an ETag and honours If-None-Match.
 */
@Path("/api/v1/scores")
@Tag(name = "Scores")
public class ScoresResource {

    static final String CSV = "text/csv";
    private static final String DEFAULT_LEVEL = "OBEC_AGREEMENT";

    private final ScoreQueries queries;
    private final Visibility visibility;
    private final ObjectMapper mapper;
    private final Catalogues catalogues;

    public ScoresResource(ScoreQueries queries, Visibility visibility, ObjectMapper mapper, Catalogues catalogues) {
        this.queries = queries;
        this.catalogues = catalogues;
        this.visibility = visibility;
        this.mapper = mapper;
    }

    @GET
    @Path("/offices/{officeCode}/scorecards/{fiscalYear}/{round}")
    @RolesAllowed({ Roles.OBEC_ADMIN, Roles.REVIEWER, Roles.BATCH, Roles.AREA_OFFICER, Roles.DASHBOARD })
    @Produces({ MediaType.APPLICATION_JSON, CSV })
    @Operation(summary = "An office's scorecard for a round: the tree with score, percent, band and explanation links")
    public Response scorecard(@PathParam("officeCode") String officeCode, @PathParam("fiscalYear") int fiscalYear,
            @PathParam("round") int round, @QueryParam("level") @DefaultValue(DEFAULT_LEVEL) String level,
            @QueryParam("format") String format, @jakarta.ws.rs.core.Context HttpHeaders headers,
            @jakarta.ws.rs.core.Context Request request) {
        int year = ceYear(fiscalYear);
        boolean officialOnly = visibility.officialOnly(officeCode);
        ScoreVersionEntity version = queries.newest(officeCode, year, level, round, officialOnly)
                .orElseThrow(() -> Visibility.notFound(officeCode));
        boolean csv = wantsCsv(format, headers);
        EntityTag tag = new EntityTag("sv-" + version.id + (csv ? "-csv" : ""));
        Response.ResponseBuilder cached = request.evaluatePreconditions(tag);
        if (cached != null) {
            return cached.tag(tag).build();
        }
        JsonNode document = explanation(version);
        String link = ScoreLinks.version(officeCode, year, level, round, version.version);
        if (csv) {
            Csv table = new Csv("officeCode", "fiscalYear", "round", "version", "official", "indicatorCode",
                    "parentCode", "name", "weight", "score", "percent", "status");
            table.row(List.of(officeCode, year, round, version.version, version.official, Explanations.TOTAL, "", "",
                    "", text(document.path("displayTotal")), text(document.path("percent")), ""));
            csvRows(table, document.path("indicators"), null, officeCode, year, round, version);
            return Response.ok(table.toString(), CSV + ";charset=UTF-8").tag(tag).build();
        }
        ObjectNode card = mapper.createObjectNode();
        card.put("officeCode", officeCode);
        card.put("officeKind", version.officeKind);
        card.put("fiscalYear", year);
        card.put("fiscalYearBe", year + 543);
        card.put("level", level);
        card.put("round", round);
        card.put("version", version.version);
        card.put("official", version.official);
        card.put("revision", version.revision);
        card.set("catalogue", document.path("catalogue"));
        card.put("total", Scores.display(version.total));
        card.put("percent", version.percent);
        card.set("band", document.path("band"));
        card.put("createdAt", version.createdAt.toString());
        card.put("explanation", link);
        card.set("indicators", tree(document.path("indicators"), link));
        return Response.ok(card, MediaType.APPLICATION_JSON).tag(tag).build();
    }

    @GET
    @Path("/offices/{officeCode}/scorecards/{fiscalYear}/{round}/versions")
    @RolesAllowed({ Roles.OBEC_ADMIN, Roles.REVIEWER, Roles.BATCH, Roles.AREA_OFFICER, Roles.DASHBOARD })
    @Produces({ MediaType.APPLICATION_JSON, CSV })
    @Operation(summary = "Every version of an office's scores for a round, oldest first")
    public Response versions(@PathParam("officeCode") String officeCode, @PathParam("fiscalYear") int fiscalYear,
            @PathParam("round") int round, @QueryParam("level") @DefaultValue(DEFAULT_LEVEL) String level,
            @QueryParam("format") String format, @jakarta.ws.rs.core.Context HttpHeaders headers,
            @jakarta.ws.rs.core.Context Request request) {
        int year = ceYear(fiscalYear);
        List<ScoreQueries.VersionSummary> versions = queries.versions(officeCode, year, level, round,
                visibility.officialOnly(officeCode));
        if (versions.isEmpty()) {
            throw Visibility.notFound(officeCode);
        }
        return summaries(versions, wantsCsv(format, headers), request, null);
    }

    @GET
    @Path("/offices/{officeCode}/scorecards/{fiscalYear}/{round}/versions/{version}")
    @RolesAllowed({ Roles.OBEC_ADMIN, Roles.REVIEWER, Roles.BATCH, Roles.AREA_OFFICER, Roles.DASHBOARD })
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One version with its full explanation: inputs, criteria, segments, arithmetic, weights, "
            + "which indicators counted and why, catalogue version")
    public Response explanation(@PathParam("officeCode") String officeCode, @PathParam("fiscalYear") int fiscalYear,
            @PathParam("round") int round, @PathParam("version") int number,
            @QueryParam("level") @DefaultValue(DEFAULT_LEVEL) String level,
            @jakarta.ws.rs.core.Context Request request) {
        boolean officialOnly = visibility.officialOnly(officeCode);
        ScoreVersionEntity version = queries.version(officeCode, ceYear(fiscalYear), level, round, number)
                .filter(v -> v.official || !officialOnly)
                .orElseThrow(() -> Visibility.notFound(officeCode));
        EntityTag tag = new EntityTag("sv-" + version.id + "-explanation");
        Response.ResponseBuilder cached = request.evaluatePreconditions(tag);
        if (cached != null) {
            return cached.tag(tag).build();
        }
        JsonNode stored = read(version.evaluation);
        JsonNode full = expand(stored, version);
        return Response.ok(full == stored ? version.evaluation : full, MediaType.APPLICATION_JSON).tag(tag).build();
    }

    @GET
    @Path("/rankings/{fiscalYear}/{round}")
    @Authenticated
    @Produces({ MediaType.APPLICATION_JSON, CSV })
    @Operation(summary = "Offices ranked within their kind by unrounded total (1, 2, 2, 4); public to every "
            + "authenticated role once the round is closed, to OBEC and the batch client before")
    public Response rankings(@PathParam("fiscalYear") int fiscalYear, @PathParam("round") int round,
            @QueryParam("level") @DefaultValue(DEFAULT_LEVEL) String level,
            @QueryParam("officeKind") @DefaultValue("PRIMARY") String officeKind,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size,
            @QueryParam("format") String format, @jakarta.ws.rs.core.Context HttpHeaders headers,
            @jakarta.ws.rs.core.Context Request request) {
        checkPage(page, size);
        int year = ceYear(fiscalYear);
        boolean closed = queries.isClosed(year, level, round);
        if (!closed && !visibility.seesEverything()) {
            throw ProblemException.conflict("Round " + round + " of " + year + " is not closed: rankings are published "
                    + "when it closes.",
                    "รอบการรายงานที่ " + round + " ยังไม่ปิด จะประกาศผลการจัดลำดับเมื่อปิดรอบแล้ว");
        }
        List<ScoreQueries.VersionSummary> newest = queries.newestPerOffice(year, level, round, closed);
        Map<String, ScoreQueries.VersionSummary> byOffice = new java.util.HashMap<>();
        newest.forEach(v -> byOffice.put(v.officeCode(), v));
        List<Rankings.Ranked> ranked = Rankings.rank(newest.stream()
                .map(v -> new Rankings.Entry(v.officeCode(), v.officeKind(), v.total())).toList())
                .stream().filter(r -> r.officeKind().equals(officeKind)).toList();
        List<Rankings.Ranked> slice = ranked.stream().skip((long) page * size).limit(size).toList();
        boolean csv = wantsCsv(format, headers);
        EntityTag tag = new EntityTag(hash(slice.stream().map(r -> r.officeCode() + "=" + byOffice.get(r.officeCode()).id())
                .toList() + "/" + closed + "/" + ranked.size() + (csv ? "csv" : "")));
        Response.ResponseBuilder cached = request.evaluatePreconditions(tag);
        if (cached != null) {
            return cached.tag(tag).build();
        }
        if (csv) {
            Csv table = new Csv("rank", "of", "officeCode", "officeKind", "total", "percent", "band", "version");
            for (Rankings.Ranked r : slice) {
                ScoreQueries.VersionSummary v = byOffice.get(r.officeCode());
                table.row(List.of(r.rank(), r.of(), r.officeCode(), r.officeKind(), Scores.display(r.total()),
                        Scores.percent(r.total()), v.bandCode() == null ? "" : v.bandCode(), v.version()));
            }
            return Response.ok(table.toString(), CSV + ";charset=UTF-8").tag(tag).build();
        }
        ObjectNode body = mapper.createObjectNode();
        body.put("fiscalYear", year);
        body.put("level", level);
        body.put("round", round);
        body.put("officeKind", officeKind);
        body.put("roundClosed", closed);
        body.put("page", page);
        body.put("size", size);
        body.put("totalItems", ranked.size());
        ArrayNode items = body.putArray("items");
        for (Rankings.Ranked r : slice) {
            ScoreQueries.VersionSummary v = byOffice.get(r.officeCode());
            ObjectNode item = items.addObject();
            item.put("rank", r.rank());
            item.put("of", r.of());
            item.put("officeCode", r.officeCode());
            item.put("total", Scores.display(r.total()));
            item.put("percent", Scores.percent(r.total()));
            item.put("bandCode", v.bandCode());
            item.put("version", v.version());
            item.put("scorecard", ScoreLinks.scorecard(r.officeCode(), year, level, round));
        }
        return Response.ok(body, MediaType.APPLICATION_JSON).tag(tag).build();
    }

    @GET
    @Path("/offices/{officeCode}/history")
    @RolesAllowed({ Roles.OBEC_ADMIN, Roles.REVIEWER, Roles.BATCH, Roles.AREA_OFFICER, Roles.DASHBOARD })
    @Produces({ MediaType.APPLICATION_JSON, CSV })
    @Operation(summary = "An office's total (or one indicator's score) across rounds and fiscal years")
    public Response history(@PathParam("officeCode") String officeCode,
            @QueryParam("level") @DefaultValue(DEFAULT_LEVEL) String level,
            @QueryParam("indicatorCode") String indicatorCode,
            @QueryParam("format") String format, @jakarta.ws.rs.core.Context HttpHeaders headers,
            @jakarta.ws.rs.core.Context Request request) {
        List<ScoreQueries.VersionSummary> history = queries.history(officeCode, level, visibility.officialOnly(officeCode));
        if (history.isEmpty()) {
            throw Visibility.notFound(officeCode);
        }
        String code = indicatorCode == null ? Explanations.TOTAL : indicatorCode;
        boolean csv = wantsCsv(format, headers);
        EntityTag tag = new EntityTag(hash(history.stream().map(v -> v.id()).toList() + code + csv));
        Response.ResponseBuilder cached = request.evaluatePreconditions(tag);
        if (cached != null) {
            return cached.tag(tag).build();
        }
        List<Object[]> rows = new ArrayList<>();
        for (ScoreQueries.VersionSummary v : history) {
            JsonNode scores = read(v.nodeScores());
            if (!scores.has(code)) {
                continue;
            }
            BigDecimal score = scores.path(code).isNull() ? null : scores.path(code).decimalValue();
            rows.add(new Object[] { v.fiscalYear(), v.round(), v.version(), v.official(), Scores.display(score),
                    Scores.percent(score), v });
        }
        if (csv) {
            Csv table = new Csv("officeCode", "indicatorCode", "fiscalYear", "round", "version", "official", "score",
                    "percent");
            rows.forEach(r -> table.row(List.of(officeCode, code, r[0], r[1], r[2], r[3], r[4] == null ? "" : r[4],
                    r[5] == null ? "" : r[5])));
            return Response.ok(table.toString(), CSV + ";charset=UTF-8").tag(tag).build();
        }
        ObjectNode body = mapper.createObjectNode();
        body.put("officeCode", officeCode);
        body.put("level", level);
        body.put("indicatorCode", code);
        ArrayNode items = body.putArray("items");
        for (Object[] r : rows) {
            ScoreQueries.VersionSummary v = (ScoreQueries.VersionSummary) r[6];
            ObjectNode item = items.addObject();
            item.put("fiscalYear", v.fiscalYear());
            item.put("fiscalYearBe", v.fiscalYear() + 543);
            item.put("round", v.round());
            item.put("version", v.version());
            item.put("official", v.official());
            item.put("score", (BigDecimal) r[4]);
            item.put("percent", (BigDecimal) r[5]);
            item.put("explanation", ScoreLinks.version(officeCode, v.fiscalYear(), v.level(), v.round(), v.version()));
        }
        return Response.ok(body, MediaType.APPLICATION_JSON).tag(tag).build();
    }

    @GET
    @Path("/changes")
    @RolesAllowed({ Roles.OBEC_ADMIN, Roles.REVIEWER, Roles.BATCH, Roles.AREA_OFFICER, Roles.DASHBOARD })
    @Produces({ MediaType.APPLICATION_JSON, CSV })
    @Operation(summary = "Score versions written after a cursor, oldest first: dashboards pull only what changed", description = "Start without since (or since=0); pass the answer's nextCursor as since next time.")
    public Response changes(@QueryParam("since") @DefaultValue("0") String since,
            @QueryParam("limit") @DefaultValue("100") int limit,
            @QueryParam("format") String format, @jakarta.ws.rs.core.Context HttpHeaders headers,
            @jakarta.ws.rs.core.Context Request request) {
        long cursor;
        try {
            cursor = Long.parseLong(since.trim());
        } catch (NumberFormatException e) {
            cursor = -1;
        }
        if (cursor < 0) {
            throw ProblemException.invalid("since must be a cursor from an earlier answer (nextCursor).",
                    "since ต้องเป็นค่า nextCursor จากคำตอบก่อนหน้า",
                    List.of(ProblemError.field("since", "invalid", "not a cursor: " + since, "ไม่ใช่ค่า cursor")));
        }
        if (limit < 1 || limit > 1000) {
            throw ProblemException.invalid("limit must lie between 1 and 1000.", "limit ต้องอยู่ระหว่าง 1 ถึง 1000",
                    List.of(ProblemError.field("limit", "out-of-range", "1 to 1000", "1 ถึง 1000")));
        }
        List<ScoreQueries.VersionSummary> changes = queries.changes(cursor, limit, visibility.onlyOffice(),
                visibility.feedOfficialOnly());
        long next = changes.isEmpty() ? cursor : changes.get(changes.size() - 1).id();
        return summaries(changes, wantsCsv(format, headers), request, next);
    }

    private Response summaries(List<ScoreQueries.VersionSummary> versions, boolean csv, Request request, Long next) {
        EntityTag tag = new EntityTag(hash(versions.stream().map(v -> v.id()).toList() + "/" + next + csv));
        Response.ResponseBuilder cached = request.evaluatePreconditions(tag);
        if (cached != null) {
            return cached.tag(tag).build();
        }
        if (csv) {
            Csv table = new Csv("cursor", "officeCode", "officeKind", "fiscalYear", "level", "round", "version",
                    "official", "revision", "total", "percent", "band", "cause", "createdAt");
            versions.forEach(v -> table.row(List.of(v.id(), v.officeCode(), v.officeKind(), v.fiscalYear(), v.level(),
                    v.round(), v.version(), v.official(), v.revision(), v.total() == null ? "" : Scores.display(v.total()),
                    v.percent() == null ? "" : v.percent(), v.bandCode() == null ? "" : v.bandCode(), v.cause(),
                    v.createdAt())));
            Response.ResponseBuilder ok = Response.ok(table.toString(), CSV + ";charset=UTF-8").tag(tag);
            return (next == null ? ok : ok.header("X-Next-Cursor", next)).build();
        }
        ObjectNode body = mapper.createObjectNode();
        ArrayNode items = body.putArray("items");
        for (ScoreQueries.VersionSummary v : versions) {
            ObjectNode item = items.addObject();
            item.put("cursor", String.valueOf(v.id()));
            item.put("officeCode", v.officeCode());
            item.put("officeKind", v.officeKind());
            item.put("fiscalYear", v.fiscalYear());
            item.put("level", v.level());
            item.put("round", v.round());
            item.put("version", v.version());
            item.put("official", v.official());
            item.put("revision", v.revision());
            item.put("total", Scores.display(v.total()));
            item.put("percent", v.percent());
            item.put("bandCode", v.bandCode());
            item.put("cause", v.cause());
            item.put("createdAt", String.valueOf(v.createdAt()));
            item.put("explanation", ScoreLinks.version(v.officeCode(), v.fiscalYear(), v.level(), v.round(), v.version()));
        }
        if (next != null) {
            body.put("nextCursor", String.valueOf(next));
        }
        return Response.ok(body, MediaType.APPLICATION_JSON).tag(tag).build();
    }

    private ArrayNode tree(JsonNode nodes, String link) {
        ArrayNode tree = mapper.createArrayNode();
        for (JsonNode node : nodes) {
            ObjectNode item = tree.addObject();
            item.set("code", node.path("code"));
            item.set("name", node.path("name"));
            item.set("weight", node.path("weight"));
            item.set("score", node.path("displayScore"));
            item.set("percent", node.path("percent"));
            item.set("status", node.path("status"));
            item.set("counted", node.path("counted"));
            item.set("reason", node.path("reason"));
            item.put("explanation", link + "#" + node.path("code").asText());
            if (node.has("children")) {
                item.set("children", tree(node.path("children"), link));
            }
        }
        return tree;
    }

    private void csvRows(Csv table, JsonNode nodes, String parent, String officeCode, int year, int round,
            ScoreVersionEntity version) {
        for (JsonNode node : nodes) {
            table.row(List.of(officeCode, year, round, version.version, version.official, node.path("code").asText(),
                    parent == null ? "" : parent, node.path("name").asText(""), text(node.path("weight")),
                    text(node.path("displayScore")), text(node.path("percent")), node.path("status").asText()));
            csvRows(table, node.path("children"), node.path("code").asText(), officeCode, year, round, version);
        }
    }

    private static String text(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? ""
                : node.isNumber() ? node.decimalValue().toPlainString()
                        : node.asText();
    }

    private JsonNode read(String json) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored document is not JSON", e);
        }
    }

    static boolean wantsCsv(String format, HttpHeaders headers) {
        if (format != null) {
            if (!Set.of("csv", "json").contains(format)) {
                throw ProblemException.invalid("format is csv or json.", "format ต้องเป็น csv หรือ json",
                        List.of(ProblemError.field("format", "invalid", "csv or json", "csv หรือ json")));
            }
            return format.equals("csv");
        }
        return headers.getAcceptableMediaTypes().stream().findFirst()
                .map(type -> type.isCompatible(MediaType.valueOf(CSV)) && !type.isWildcardType()).orElse(false);
    }

    private JsonNode explanation(ScoreVersionEntity version) {
        return expand(read(version.evaluation), version);
    }

    private JsonNode expand(JsonNode stored, ScoreVersionEntity version) {
        return Explanations.expand(mapper, stored, catalogues.byId(version.catalogueId).orElseThrow(
                () -> new IllegalStateException("catalogue " + version.catalogueId + " of a score version is not kept")));
    }

    static int ceYear(int fiscalYear) {
        // People write B.E. years (2554); the store keeps C.E. (2011).
        return fiscalYear > 2400 ? fiscalYear - 543 : fiscalYear;
    }

    private static void checkPage(int page, int size) {
        if (page < 0 || size < 1 || size > 500) {
            throw ProblemException.invalid("page >= 0 and size 1 to 500.",
                    "page ต้องไม่ติดลบ และ size ต้องอยู่ระหว่าง 1 ถึง 500",
                    List.of(ProblemError.field(page < 0 ? "page" : "size", "out-of-range", "page >= 0, size 1 to 500",
                            "page ต้องไม่ติดลบ size 1 ถึง 500")));
        }
    }

    static String hash(String text) {
        return Scorekeeper.sha256(text).substring(0, 32);
    }
}
