package io.edukpi.indicator.rest;

import java.net.URI;
import java.util.function.Supplier;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import io.edukpi.indicator.service.StoredCatalogue;

/** The answers every catalogue resource gives: the version's ETag on each, 304 when the client has it. */
final class CatalogueResponses {

    static final String BASE = "/api/v1/catalogues";

    private CatalogueResponses() {
    }

    static EntityTag tag(StoredCatalogue c) {
        return new EntityTag(c.etag().replace("\"", ""));
    }

    static Response ok(StoredCatalogue c) {
        return Response.ok(CatalogueViews.CatalogueView.of(c)).tag(tag(c)).build();
    }

    static Response created(StoredCatalogue c) {
        return Response.created(URI.create(BASE + "/" + c.id())).tag(tag(c)).entity(CatalogueViews.CatalogueView.of(c))
                .build();
    }

    /** 304 if If-None-Match names {@code tag}, else 200 with the body (built only then). */
    static Response conditional(Request request, EntityTag tag, Supplier<Response.ResponseBuilder> body) {
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        return (unchanged != null ? unchanged : body.get()).tag(tag).build();
    }
}
