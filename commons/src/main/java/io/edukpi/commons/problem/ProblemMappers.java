package io.edukpi.commons.problem;

import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Every failure of a REST call ends here and leaves as {@code application/problem+json}. Client
 * errors say what and where; server errors say only that something broke and which request id to
 * quote: the stack trace goes to the log, never to the caller.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final Problems problems;

    public ProblemMappers(Problems problems) {
        this.problems = problems;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return problems.toResponse(Problems.of(e, path(uri)));
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        boolean returnValue = e.getConstraintViolations().stream()
                .anyMatch(v -> nodeKinds(v).contains(ElementKind.RETURN_VALUE));
        if (returnValue) {
            return unexpected(e, uri);
        }
        List<ProblemError> errors = e.getConstraintViolations().stream()
                .map(ViolationMessages::toError)
                .sorted((a, b) -> String.valueOf(a.field()).compareTo(String.valueOf(b.field())))
                .toList();
        return problems.toResponse(Problems.of(400,
                errors.size() + " field(s) are not valid; see errors.",
                "ข้อมูล " + errors.size() + " รายการไม่ถูกต้อง ดูรายละเอียดใน errors",
                path(uri), errors));
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        return problems.toResponse(Problems.of(400, "The request body is not valid JSON for this operation.",
                "ข้อมูล JSON ที่ส่งมาไม่ถูกต้องตามรูปแบบที่กำหนด", path(uri), List.of(jsonError(e))));
    }

    /** Quarkus maps this subtype itself (without problem+json); ours must be as specific to win. */
    @ServerExceptionMapper
    public Response jsonMismatch(MismatchedInputException e, UriInfo uri) {
        return json(e, uri);
    }

    /** No token where one is required. */
    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
        return challenge(Problems.of(401, "This operation needs a bearer access token from Keycloak (realm edukpi).",
                "ต้องแนบ access token (Bearer) ที่ออกโดย Keycloak ของระบบ", path(uri), List.of()), "Bearer");
    }

    /** A token that is expired, tampered with, signed by another key or meant for another audience. */
    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return challenge(Problems.of(401,
                "The access token is not valid here: expired, altered, signed by an unknown key or issued for another audience.",
                "access token ไม่ถูกต้อง หมดอายุ ถูกแก้ไข หรือไม่ได้ออกให้ใช้กับระบบนี้", path(uri), List.of()),
                "Bearer error=\"invalid_token\"");
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return problems.toResponse(Problems.of(403, "Your role does not allow this operation.",
                "บทบาทของท่านไม่มีสิทธิ์ดำเนินการนี้", path(uri), List.of()));
    }

    /** Keycloak cannot be reached to check the token: the caller may retry; nothing is wrong with the request. */
    @ServerExceptionMapper
    public Response identityProviderUnavailable(OIDCException e, UriInfo uri) {
        LOG.warn("Token check impossible on " + path(uri) + ": " + e.getMessage());
        Response response = problems.toResponse(Problems.of(503,
                "The sign-in service (Keycloak) cannot be reached to check the access token; retry shortly.",
                "ไม่สามารถติดต่อระบบยืนยันตัวตน (Keycloak) เพื่อตรวจสอบ access token ได้ กรุณาลองใหม่อีกครั้ง",
                path(uri), List.of()));
        response.getHeaders().putSingle("Retry-After", "5");
        return response;
    }

    private Response challenge(Problem problem, String challenge) {
        Response response = problems.toResponse(problem);
        response.getHeaders().putSingle("WWW-Authenticate", challenge);
        return response;
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        StatusTitles.Detail routing = StatusTitles.routingDetail(status);
        Response problem = problems.toResponse(Problems.of(status,
                routing == null ? e.getMessage() : routing.en(), routing == null ? null : routing.th(),
                path(uri), List.of()));
        // Keep headers that tell the client how to recover (Allow on 405, WWW-Authenticate on 401).
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")) {
                values.forEach(v -> problem.getHeaders().add(name, v));
            }
        });
        return problem;
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        LOG.error("Unexpected failure answering " + path(uri), e);
        return problems.toResponse(Problems.of(500,
                "The service failed to answer this request. Quote the requestId when you report it.",
                "ระบบไม่สามารถดำเนินการตามคำขอนี้ได้ กรุณาแจ้งผู้ดูแลระบบพร้อมระบุ requestId",
                path(uri), List.of()));
    }

    static ProblemError jsonError(JsonProcessingException e) {
        String field = null;
        String code = "malformed-json";
        String message = "Malformed JSON: " + e.getOriginalMessage();
        String messageTh = "รูปแบบ JSON ไม่ถูกต้อง";
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            field = jsonPath(mapping.getPath());
            if (e instanceof UnrecognizedPropertyException) {
                code = "unknown-field";
                message = "Unknown field '" + field + "'.";
                messageTh = "ไม่รู้จักฟิลด์ '" + field + "'";
            } else {
                code = "wrong-type";
                String expected = e instanceof InvalidFormatException format && format.getTargetType() != null
                        ? format.getTargetType().getSimpleName()
                        : "another type";
                message = "Field '" + field + "' has a value of the wrong type or format; expected " + expected + ".";
                messageTh = "ฟิลด์ '" + field + "' มีชนิดหรือรูปแบบข้อมูลไม่ถูกต้อง";
            }
        }
        JsonLocation location = e.getLocation();
        Integer line = location == null || location.getLineNr() < 1 ? null : location.getLineNr();
        Integer column = location == null || location.getColumnNr() < 1 ? null : location.getColumnNr();
        String value = e instanceof InvalidFormatException format && format.getValue() != null
                ? String.valueOf(format.getValue())
                : null;
        return new ProblemError(field, null, line, column, code, message, messageTh, value);
    }

    private static String jsonPath(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static List<ElementKind> nodeKinds(ConstraintViolation<?> violation) {
        return java.util.stream.StreamSupport.stream(violation.getPropertyPath().spliterator(), false)
                .map(node -> node.getKind())
                .toList();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }
}
