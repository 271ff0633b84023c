package io.edukpi.scoring.rest;

import java.util.List;
import java.util.function.Supplier;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import io.edukpi.commons.calendar.Years;
import io.edukpi.commons.csv.Csv;
import io.edukpi.commons.download.Downloads;
import io.edukpi.commons.problem.Enums;
import io.edukpi.commons.problem.ProblemException;
import io.edukpi.scoring.domain.Level;
import io.edukpi.scoring.domain.ScoringMessage;
import io.edukpi.scoring.service.Scorekeeper;

/**
 * What every read of scores shares: JSON or CSV as the client asks ({@code ?format=} first, then
 * {@code Accept}; empty is no preference, unreadable 406), an ETag, and 304 without a body when
 * {@code If-None-Match} names it.
 */
final class Reads {

    static final String CSV = Csv.MEDIA_TYPE;
    static final String DEFAULT_LEVEL = "OBEC_AGREEMENT";
    static final String NOT_MODIFIED = "Not modified: If-None-Match names the answer's current ETag (no body)";
    static final String OFFICE = "The area office's code";
    static final String FISCAL_YEAR = "Fiscal year, C.E. (2011, not 2554: a B.E. year is refused with year-era)";
    static final String ROUND = "The round (month of the fiscal year the catalogue scores, e.g. 6, 9, 12)";
    static final String LEVEL = "The catalogue level";
    static final String INVALID = "validation: year-era (a B.E. fiscal year: send the C.E. one), unknown-value (a level "
            + "or officeKind not written exactly as one of the allowed values), or another finding naming its field";
    static final String FORMAT = "json or csv; overrides Accept (no format and no Accept: JSON)";
    private static final MediaType CSV_TYPE = MediaType.valueOf(CSV);

    private Reads() {
    }

    static boolean wantsCsv(String format, HttpHeaders headers) {
        if (format != null) {
            if (!format.equals("csv") && !format.equals("json")) {
                throw ProblemException.invalid(ScoringMessage.FORMAT_UNKNOWN_DETAIL.text(),
                        List.of(ScoringMessage.FORMAT_UNKNOWN.at("format")));
            }
            return format.equals("csv");
        }
        // An empty Accept passes routing as "no preference" but is no media type to parse: JSON then.
        String accept = headers.getHeaderString(HttpHeaders.ACCEPT);
        if (accept == null || accept.isBlank()) {
            return false;
        }
        List<MediaType> acceptable;
        try {
            acceptable = headers.getAcceptableMediaTypes();
        } catch (IllegalArgumentException e) {
            // Routing let it pass on a readable type (a proxy may add a second Accept), this one is none.
            throw ProblemException.of(406, ScoringMessage.ACCEPT_UNREADABLE_DETAIL.text(),
                    List.of(ScoringMessage.ACCEPT_UNREADABLE.at(HttpHeaders.ACCEPT)));
        }
        return acceptable.stream().findFirst()
                .map(type -> type.isCompatible(CSV_TYPE) && !type.isWildcardType()).orElse(false);
    }

    /** 304 when the client has {@code tag} already, else the answer; either way with the tag. */
    static Response tagged(Request request, String tag, Supplier<Response.ResponseBuilder> answer) {
        EntityTag entityTag = new EntityTag(tag);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(entityTag);
        return (notModified != null ? notModified : answer.get()).tag(entityTag).build();
    }

    static Response.ResponseBuilder json(Object view) {
        return Response.ok(view, MediaType.APPLICATION_JSON);
    }

    /** A CSV download named {@code fileName} (C.E. years, English). */
    static Response.ResponseBuilder csv(String table, String fileName) {
        return Response.ok(table, CSV + ";charset=UTF-8").header("Content-Disposition",
                Downloads.attachment(fileName));
    }

    static Response.ResponseBuilder csv(Csv table, String fileName) {
        return csv(table.toString(), fileName);
    }

    /** The {@code level} parameter: one of the levels, the default when blank, or a 400 listing them. */
    static String level(String value) {
        Level level = Enums.parse(Level.class, "level", value);
        return level == null ? DEFAULT_LEVEL : level.name();
    }

    /** A fiscal year of a path or query parameter: C.E., or a 400 naming the C.E. year meant. */
    static int fiscalYear(int value) {
        return Years.requireGregorian("fiscalYear", value);
    }

    /** A tag from what decides an answer's content. */
    static String hash(String text) {
        return Scorekeeper.sha256(text).substring(0, 32);
    }
}
