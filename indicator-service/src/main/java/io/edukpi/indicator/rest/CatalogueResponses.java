package io.edukpi.indicator.rest;

import java.net.URI;
import java.util.function.Supplier;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestResponse;

import io.edukpi.indicator.service.StoredCatalogue;

/** The answers every catalogue resource gives: the version's ETag on each, 304 when the client has it. */
final class CatalogueResponses {

    static final String BASE = "/api/v1/catalogues";

    // The OpenAPI descriptions of the answers several operations share (annotation values are constants).
    static final String NOT_MODIFIED = "Not Modified: If-None-Match names the current ETag; no body";
    static final String STALE = "precondition-failed (if-match-stale): If-Match does not name the version's current "
            + "ETag; read it again and redo the change";
    static final String NOT_DRAFT = "conflict (not-draft): the version is published or archived and cannot change; "
            + "copy it into a new draft";
    static final String INVALID = "unprocessable (catalogue-invalid): the resulting catalogue breaks validation rules; "
            + "errors lists each with its path";
    static final String KEY_REUSED = "unprocessable (idempotency-key-reused): the Idempotency-Key was used for another "
            + "request";
    static final String ETAG = "The version's ETag, for If-Match on the next change";
    static final String LOCATION = "The new version's URL";
    static final String IF_MATCH = "The ETag of the version as last read; a change on a stale read is refused with 412. "
            + "Optional: without it the change applies to the current revision";
    static final String IDEMPOTENCY_KEY = "Optional retry key (1-128 of A-Z a-z 0-9 . _ : -): a retry with the same "
            + "key and request gets the first answer again";
    static final String WHO_READS = "Every role reads published and archived versions; a draft only obec-admin and "
            + "reviewer (to others it is not-found, 404).";
    static final String ID = "The catalogue version's id";
    static final String ID_EXAMPLE = "0b8f1c52-8d1e-4c55-9a57-3b2e8c1d7f10";
    static final String CODE = "The indicator's code: dotted numbers";

    private CatalogueResponses() {
    }

    static EntityTag tag(StoredCatalogue c) {
        return new EntityTag(c.etag().replace("\"", ""));
    }

    static RestResponse<CatalogueViews.CatalogueView> ok(StoredCatalogue c) {
        return RestResponse.ResponseBuilder.ok(CatalogueViews.CatalogueView.of(c)).tag(tag(c)).build();
    }

    /** A {@link Response} because {@code IdempotentRequests} stores and replays it. */
    static Response created(StoredCatalogue c) {
        return Response.created(URI.create(BASE + "/" + c.id())).tag(tag(c)).entity(CatalogueViews.CatalogueView.of(c))
                .build();
    }

    /** 304 if If-None-Match names {@code tag}, else the answer (built only then); both carry the tag. */
    static <T> RestResponse<T> conditional(Request request, EntityTag tag, Supplier<RestResponse.ResponseBuilder<T>> answer) {
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        RestResponse.ResponseBuilder<T> builder = unchanged != null
                ? RestResponse.ResponseBuilder.create(unchanged.build().getStatusInfo())
                : answer.get();
        return builder.tag(tag).build();
    }
}
