package io.edukpi.submission.rest;

import io.edukpi.commons.problem.ProblemError;
import io.edukpi.commons.problem.ProblemException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * RFC 4180 CSV (CRLF line ends, fields with a comma, quote or line break quoted, quotes doubled) with a UTF-8
 * byte order mark, so that Excel set to Thai opens the Thai names correctly.
 */
final class CsvTable {

    static final String MEDIA_TYPE = "text/csv";

    private final StringBuilder text = new StringBuilder("\uFEFF");

    CsvTable(String... header) {
        row(List.of((Object[]) header));
    }

    CsvTable row(List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(field(cells.get(i)));
        }
        text.append("\r\n");
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
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }

    @Override
    public String toString() {
        return text.toString();
    }

    /** CSV when ?format=csv, or without format when the client's first choice is text/csv; JSON otherwise. */
    static boolean wanted(String format, HttpHeaders headers) {
        if (format != null) {
            if (!format.equals("csv") && !format.equals("json")) {
                throw ProblemException.invalid("format is csv or json.", "format ต้องเป็น csv หรือ json",
                        List.of(ProblemError.field("format", "invalid", "csv or json", "csv หรือ json").withValue(format)));
            }
            return format.equals("csv");
        }
        return headers.getAcceptableMediaTypes().stream().findFirst()
                .map(type -> !type.isWildcardType() && type.isCompatible(MediaType.valueOf(MEDIA_TYPE))).orElse(false);
    }

    private static String field(Object cell) {
        String value = cell == null ? "" : cell instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString()
                : cell.toString();
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
