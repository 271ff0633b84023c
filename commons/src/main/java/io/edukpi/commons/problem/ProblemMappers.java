package io.edukpi.commons.problem;

import static io.edukpi.commons.message.CommonMessage.*;

import java.lang.reflect.Method;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
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

import io.edukpi.commons.json.RefusedInputException;
import io.edukpi.commons.logging.PersonalData;
import io.edukpi.commons.message.Finding;
import io.edukpi.commons.message.Text;
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
        List<Finding> findings = e.getConstraintViolations().stream()
                .map(ViolationMessages::toFinding)
                .sorted(Comparator.comparing(f -> String.valueOf(f.field())))
                .toList();
        return problems.toResponse(Problems.of(400, FIELDS_INVALID.text(findings.size()), path(uri), findings));
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        return problems.toResponse(Problems.of(400, BODY_NOT_VALID_JSON.text(), path(uri), List.of(jsonError(e))));
    }

    /** Quarkus maps this subtype itself (without problem+json); ours must be as specific to win. */
    @ServerExceptionMapper
    public Response jsonMismatch(MismatchedInputException e, UriInfo uri) {
        return json(e, uri);
    }

    /** No token where one is required. */
    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
        return challenge(Problems.of(401, TOKEN_MISSING.text(), path(uri), List.of()), "Bearer");
    }

    /** A token that is expired, tampered with, signed by another key or meant for another audience. */
    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return challenge(Problems.of(401, TOKEN_INVALID.text(), path(uri), List.of()),
                "Bearer error=\"invalid_token\"");
    }

    /** Names the roles the operation needs, so the caller knows which client or user to ask for. */
    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri, ResourceInfo resource) {
        String[] roles = rolesAllowed(resource);
        Text detail = roles.length == 0 ? ROLE_FORBIDDEN.text() : ROLE_NEEDED.text(String.join(", ", roles));
        return problems.toResponse(Problems.of(403, detail, path(uri), List.of()));
    }

    private static String[] rolesAllowed(ResourceInfo resource) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null) {
            return new String[0];
        }
        RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
        if (allowed == null) {
            allowed = method.getDeclaringClass().getAnnotation(RolesAllowed.class);
        }
        return allowed == null ? new String[0] : allowed.value();
    }

    /** Keycloak cannot be reached to check the token: the caller may retry; nothing is wrong with the request. */
    @ServerExceptionMapper
    public Response identityProviderUnavailable(OIDCException e, UriInfo uri) {
        LOG.warn("Token check impossible on " + PersonalData.mask(path(uri)) + ": " + e.getMessage());
        Response response = problems.toResponse(
                Problems.of(503, IDENTITY_PROVIDER_UNAVAILABLE.text(), path(uri), List.of()));
        response.getHeaders().putSingle("Retry-After", "5");
        return response;
    }

    private Response challenge(Problem problem, String challenge) {
        Response response = problems.toResponse(problem);
        response.getHeaders().putSingle("WWW-Authenticate", challenge);
        return response;
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        Optional<String> unreadable = status == 400 ? unreadableMediaTypeHeader(headers) : Optional.empty();
        if (unreadable.isPresent()) {
            // The framework could not parse Accept or Content-Type: say which, in both languages.
            Finding finding = HEADER_UNREADABLE.at(unreadable.get(), unreadable.get(), e.getMessage());
            return problems.toResponse(Problems.of(400, HEADER_UNREADABLE.text(unreadable.get(), e.getMessage()),
                    path(uri), List.of(finding)));
        }
        Text routing = StatusTitles.routingDetail(status);
        Response problem = problems.toResponse(Problems.of(status,
                routing == null ? new Text(e.getMessage(), null) : routing, path(uri), List.of()));
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
        if (DatabaseUnavailable.causes(e)) {
            // Whatever wraps it (Hibernate, the transaction manager): the caller may retry, the request is fine.
            LOG.warn("Database unavailable answering " + PersonalData.mask(path(uri)) + ": " + e);
            Response response = problems.toResponse(Problems.of(503, DATABASE_UNAVAILABLE.text(), path(uri), List.of()));
            response.getHeaders().putSingle("Retry-After", String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
            return response;
        }
        LOG.error("Unexpected failure answering " + PersonalData.mask(path(uri)), e);
        return problems.toResponse(Problems.of(500, FAILED.text(), path(uri), List.of()));
    }

    /** A value outside the input limits (a control character, a number of absurd size). */
    @ServerExceptionMapper
    public Response refusedInput(RefusedInputException e, UriInfo uri) {
        return json(e, uri);
    }

    static Finding jsonError(JsonProcessingException e) {
        if (e instanceof RefusedInputException refused) {
            return refused.finding();
        }
        JsonLocation location = e.getLocation();
        Integer line = location == null || location.getLineNr() < 1 ? null : location.getLineNr();
        Integer column = location == null || location.getColumnNr() < 1 ? null : location.getColumnNr();
        // Without a line the fault is in the body as a whole ("" is its JSON Pointer), e.g. nesting too deep.
        Finding finding = MALFORMED_JSON.at(line == null ? "" : null, e.getOriginalMessage());
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = jsonPath(mapping.getPath());
            if (e instanceof UnrecognizedPropertyException) {
                finding = UNKNOWN_FIELD.at(field, field);
            } else {
                String expected = e instanceof InvalidFormatException format && format.getTargetType() != null
                        ? format.getTargetType().getSimpleName()
                        : "another type";
                finding = WRONG_TYPE.at(field, field, expected);
            }
        }
        String value = e instanceof InvalidFormatException format && format.getValue() != null
                ? String.valueOf(format.getValue())
                : null;
        return finding.atLine(line, column).withValue(value);
    }

    /** Accept or Content-Type when one of them holds no readable media type. */
    private static Optional<String> unreadableMediaTypeHeader(HttpHeaders headers) {
        for (String name : List.of(HttpHeaders.ACCEPT, HttpHeaders.CONTENT_TYPE)) {
            List<String> values = headers.getRequestHeader(name);
            for (String value : values == null ? List.<String> of() : values) {
                for (String part : value.split(",")) {
                    try {
                        if (!part.isBlank()) {
                            String weight = MediaType.valueOf(part.trim()).getParameters().get("q");
                            if (weight != null) {
                                Float.parseFloat(weight);
                            }
                        }
                    } catch (IllegalArgumentException e) {
                        // NumberFormatException included: a weight that is no number.
                        return Optional.of(name);
                    }
                }
            }
        }
        return Optional.empty();
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
        return StreamSupport.stream(violation.getPropertyPath().spliterator(), false)
                .map(node -> node.getKind())
                .toList();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }
}
