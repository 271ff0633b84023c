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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.edukpi.commons.calendar.FiscalYear;
import io.edukpi.commons.problem.ProblemException;
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

    private static final int MAX_PAGE_SIZE = 500;

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
            + "authenticated role once the round is closed, to OBEC and the batch client before")
    public Response rankings(@PathParam("fiscalYear") int fiscalYear, @PathParam("round") int round,
            @QueryParam("level") @DefaultValue(Reads.DEFAULT_LEVEL) String level,
            @QueryParam("officeKind") @DefaultValue("PRIMARY") String officeKind,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size,
            @QueryParam("format") String format, @Context HttpHeaders headers, @Context Request request) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw ProblemException.invalid(ScoringMessage.PAGE_INVALID.text(),
                    List.of(ScoringMessage.PAGE_OUT_OF_RANGE.at(page < 0 ? "page" : "size")));
        }
        int year = FiscalYear.toGregorian(fiscalYear);
        boolean closed = queries.isClosed(year, level, round);
        if (!closed && !visibility.seesEverything()) {
            throw ProblemException.conflict(ScoringMessage.ROUND_NOT_CLOSED.text(round, year));
        }
        List<VersionSummary> newest = queries.newestPerOffice(year, level, round, closed);
        Map<String, VersionSummary> byOffice = newest.stream()
                .collect(Collectors.toMap(VersionSummary::officeCode, Function.identity()));
        List<Rankings.Ranked> ranked = Rankings.rank(newest.stream()
                .map(v -> new Rankings.Entry(v.officeCode(), v.officeKind(), v.total())).toList())
                .stream().filter(r -> r.officeKind().equals(officeKind)).toList();
        List<Rankings.Ranked> slice = ranked.stream().skip((long) page * size).limit(size).toList();
        boolean csv = Reads.wantsCsv(format, headers);
        String tag = Reads.hash(slice.stream().map(r -> r.officeCode() + "=" + byOffice.get(r.officeCode()).id())
                .toList() + "/" + closed + "/" + ranked.size() + (csv ? "csv" : ""));
        return Reads.tagged(request, tag, () -> {
            RankingView view = new RankingView(year, level, round, officeKind, closed, page, size, ranked.size(),
                    slice.stream().map(r -> item(r, byOffice.get(r.officeCode()), year, level, round)).toList());
            return csv ? Reads.csv(view.table()) : Reads.json(view);
        });
    }

    private static RankingView.Item item(Rankings.Ranked ranked, VersionSummary version, int year, String level,
            int round) {
        return new RankingView.Item(ranked.rank(), ranked.of(), ranked.officeCode(), Scores.display(ranked.total()),
                Scores.percent(ranked.total()), version.bandCode(), version.version(),
                ScoreLinks.scorecard(ranked.officeCode(), year, level, round));
    }
}
