package io.edukpi.scoring.rest;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.edukpi.commons.paging.Page;
import io.edukpi.commons.paging.PageRequest;
import io.edukpi.commons.problem.Enums;
import io.edukpi.commons.problem.ProblemException;
import io.edukpi.scoring.domain.Level;
import io.edukpi.scoring.domain.OfficeKind;
import io.edukpi.scoring.domain.Rankings;
import io.edukpi.scoring.domain.Scores;
import io.edukpi.scoring.domain.ScoringMessage;
import io.edukpi.scoring.service.ScoreLinks;
import io.edukpi.scoring.service.ScoreQueries;
import io.edukpi.scoring.service.ScoreQueries.VersionSummary;
import io.quarkus.security.Authenticated;

/** Offices ranked by their totals, a page at a time. */
@Path("/api/v1/scores/rankings")
@Tag(name = "Scores")
public class RankingsResource {

    private final ScoreQueries queries;
    private final Visibility visibility;

    public RankingsResource(ScoreQueries queries, Visibility visibility) {
        this.queries = queries;
        this.visibility = visibility;
    }

    @GET
    @Path("/{fiscalYear}/{round}")
    @Authenticated
    @Produces({ MediaType.APPLICATION_JSON, Reads.CSV })
    @Operation(summary = "Offices ranked within their kind by unrounded total (1, 2, 2, 4); public to every "
            + "authenticated role once the round is closed, to OBEC and the batch client before", description = "Ranks the offices of one kind (PRIMARY or SECONDARY) by their unrounded total, ties sharing a rank, one "
                    + "page at a time as JSON or CSV. Before the round is closed only obec-admin, reviewer and batch may read it "
                    + "(others get 409).")
    @APIResponse(responseCode = "200", description = "A page of the ranking, best first, with Link first/prev/next/last; "
            + "as CSV a file ranking-<fiscalYear>-<round>-<officeKind>.csv of the same page", content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RankingView.PageSchema.class)),
                    @Content(mediaType = Reads.CSV, schema = @Schema(type = SchemaType.STRING)) })
    @APIResponse(responseCode = "304", description = Reads.NOT_MODIFIED)
    @APIResponse(responseCode = "400", description = Reads.INVALID)
    @APIResponse(responseCode = "409", description = "conflict: the round is not closed yet and the caller is "
            + "neither OBEC nor the batch client")
    public Response rankings(
            @Parameter(description = Reads.FISCAL_YEAR, example = "2011") @PathParam("fiscalYear") int fiscalYear,
            @Parameter(description = Reads.ROUND, example = "6") @PathParam("round") int round,
            @Parameter(description = Reads.LEVEL, schema = @Schema(implementation = Level.class)) @QueryParam("level") @DefaultValue(Reads.DEFAULT_LEVEL) String level,
            @Parameter(description = "The kind of office ranked", schema = @Schema(implementation = OfficeKind.class)) @QueryParam("officeKind") @DefaultValue("PRIMARY") String officeKind,
            @Parameter(description = "Page number, from 0", example = "0") @QueryParam("page") Integer page,
            @Parameter(description = "Offices per page, 1 to 500 (default 20)", example = "20") @QueryParam("size") Integer size,
            @Parameter(description = Reads.FORMAT, schema = @Schema(enumeration = { "json",
                    "csv" })) @QueryParam("format") String format,
            @Context HttpHeaders headers, @Context Request request, @Context UriInfo uri) {
        int year = Reads.fiscalYear(fiscalYear);
        String levelName = Reads.level(level);
        OfficeKind parsed = Enums.parse(OfficeKind.class, "officeKind", officeKind);
        String kind = parsed == null ? OfficeKind.PRIMARY.name() : parsed.name();
        PageRequest pageRequest = PageRequest.of(page, size);
        boolean closed = queries.isClosed(year, levelName, round);
        if (!closed && !visibility.seesEverything()) {
            throw ProblemException.conflict(ScoringMessage.ROUND_NOT_CLOSED.text(round, year));
        }
        List<VersionSummary> newest = queries.newestPerOffice(year, levelName, round, closed);
        Map<String, VersionSummary> byOffice = newest.stream()
                .collect(Collectors.toMap(VersionSummary::officeCode, Function.identity()));
        List<Rankings.Ranked> ranked = Rankings.rank(newest.stream()
                .map(v -> new Rankings.Entry(v.officeCode(), v.officeKind(), v.total())).toList())
                .stream().filter(r -> r.officeKind().equals(kind)).toList();
        List<Rankings.Ranked> slice = ranked.stream().skip(pageRequest.offset()).limit(pageRequest.size()).toList();
        Map<String, String> names = queries.officeNames(slice.stream().map(Rankings.Ranked::officeCode).toList());
        boolean csv = Reads.wantsCsv(format, headers);
        String tag = Reads.hash(slice.stream().map(r -> r.officeCode() + "=" + byOffice.get(r.officeCode()).id() + "/"
                + names.get(r.officeCode())).toList() + "/" + closed + "/" + ranked.size() + "/" + pageRequest
                + (csv ? "csv" : ""));
        return Reads.tagged(request, tag, () -> {
            Page<RankingView> answer = Page.of(slice.stream().map(r -> new RankingView(year, levelName, round, closed,
                    r.rank(), r.of(), r.officeCode(), names.get(r.officeCode()), r.officeKind(),
                    Scores.display(r.total()), Scores.percent(r.total()),
                    BandView.of(byOffice.get(r.officeCode()).band()), byOffice.get(r.officeCode()).version(),
                    ScoreLinks.scorecard(r.officeCode(), year, levelName, round))).toList(), pageRequest, ranked.size());
            Response.ResponseBuilder body = csv
                    ? Reads.csv(RankingView.table(answer), "ranking-" + year + "-" + round + "-" + kind + ".csv")
                    : Reads.json(answer);
            String links = answer.links(uri.getRequestUriBuilder());
            return links.isEmpty() ? body : body.header("Link", links);
        });
    }
}
