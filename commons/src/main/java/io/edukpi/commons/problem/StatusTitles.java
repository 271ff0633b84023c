package io.edukpi.commons.problem;

import static io.edukpi.commons.message.CommonMessage.*;

import java.util.Map;

import io.edukpi.commons.message.CommonMessage;
import io.edukpi.commons.message.Text;

/** The title (and problem type) of each HTTP status our APIs answer with. */
final class StatusTitles {

    private static final Map<Integer, CommonMessage> TITLES = Map.ofEntries(
            Map.entry(400, BAD_REQUEST),
            Map.entry(401, UNAUTHORIZED),
            Map.entry(403, FORBIDDEN),
            Map.entry(404, NOT_FOUND),
            Map.entry(405, METHOD_NOT_ALLOWED),
            Map.entry(406, NOT_ACCEPTABLE),
            Map.entry(409, CONFLICT),
            Map.entry(412, PRECONDITION_FAILED),
            Map.entry(413, PAYLOAD_TOO_LARGE),
            Map.entry(414, URI_TOO_LONG),
            Map.entry(415, UNSUPPORTED_MEDIA_TYPE),
            Map.entry(422, UNPROCESSABLE),
            Map.entry(428, PRECONDITION_REQUIRED),
            Map.entry(429, TOO_MANY_REQUESTS),
            Map.entry(500, INTERNAL),
            Map.entry(502, BAD_GATEWAY),
            Map.entry(503, UNAVAILABLE),
            Map.entry(504, GATEWAY_TIMEOUT));

    private static final Map<Integer, CommonMessage> ROUTING_DETAILS = Map.of(
            404, NO_ROUTE,
            405, METHOD_NOT_ON_PATH,
            406, NO_ACCEPTABLE_TYPE,
            415, CONTENT_TYPE_REFUSED);

    private StatusTitles() {
    }

    /** The routing explanation of 404, 405, 406 or 415; null for other statuses. */
    static Text routingDetail(int status) {
        CommonMessage detail = ROUTING_DETAILS.get(status);
        return detail == null ? null : detail.text();
    }

    /** The title of a status; its code is the problem type's slug. */
    static CommonMessage of(int status) {
        CommonMessage title = TITLES.get(status);
        if (title != null) {
            return title;
        }
        return status < 500 ? CLIENT_ERROR : SERVER_ERROR;
    }
}
