package io.edukpi.submission.rest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import io.edukpi.commons.csv.Csv;
import io.edukpi.commons.download.Downloads;
import io.edukpi.commons.problem.ProblemException;
import io.edukpi.submission.domain.SubmissionMessage;

/** A CSV download of a progress view: commons' {@link Csv} text, tagged, and chosen by ?format or Accept. */
final class CsvTable {

    static final String MEDIA_TYPE = Csv.MEDIA_TYPE;
    static final String DISPOSITION = "attachment with the file name (filename and filename*), on CSV answers";

    private final Csv csv;

    CsvTable(String... header) {
        csv = new Csv(header);
    }

    CsvTable row(List<?> cells) {
        csv.row(cells);
        return this;
    }

    /**
     * The table as a download named {@code fileName}, tagged with a hash of its text (JSON reads get theirs from
     * commons' BodyETags, which leaves other media types alone): If-None-Match with it answers 304.
     */
    Response response(String fileName, Request request) {
        String body = toString();
        EntityTag tag;
        try {
            tag = new EntityTag(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(body.getBytes(StandardCharsets.UTF_8)), 0, 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.tag(tag).build();
        }
        return Response.ok(body, MEDIA_TYPE + ";charset=UTF-8").tag(tag)
                .header("Content-Disposition", Downloads.attachment(fileName)).build();
    }

    @Override
    public String toString() {
        return csv.toString();
    }

    /**
     * CSV when ?format=csv, or without format when the client's first choice is text/csv; JSON otherwise, also
     * when the Accept header cannot be read.
     */
    static boolean wanted(String format, HttpHeaders headers) {
        if (format != null) {
            if (!format.equals("csv") && !format.equals("json")) {
                throw ProblemException.invalid(SubmissionMessage.FORMAT_UNKNOWN.text(),
                        List.of(SubmissionMessage.INVALID.at("format", "[csv, json]").withValue(format)));
            }
            return format.equals("csv");
        }
        List<MediaType> accepted;
        try {
            accepted = headers.getAcceptableMediaTypes();
        } catch (IllegalArgumentException unreadable) {
            // An Accept that names no media type asks for nothing in particular: the default (RFC 9110, 12.5.1).
            return false;
        }
        return accepted.stream().findFirst()
                .map(type -> !type.isWildcardType() && type.isCompatible(MediaType.valueOf(MEDIA_TYPE))).orElse(false);
    }
}
