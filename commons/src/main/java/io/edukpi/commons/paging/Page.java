package io.edukpi.commons.paging;

import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * One page of a list, the same shape in every service, answered with an RFC 8288 {@code Link} header
 * (first, prev, next, last) so a client pages without building URLs.
 */
public record Page<T>(
        @Schema(description = "The items of this page, in the list's documented order") List<T> items,
        @Schema(description = "Page number, from 0", example = "0") int page,
        @Schema(description = "Items per page asked for (1-500)", example = "20") int size,
        @Schema(description = "Items in the whole list", example = "245") long totalItems,
        @Schema(description = "Pages in the whole list (0 for an empty list)", example = "13") long totalPages) {

    public static <T> Page<T> of(List<T> items, PageRequest request, long totalItems) {
        long pages = (totalItems + request.size() - 1) / request.size();
        return new Page<>(List.copyOf(items), request.page(), request.size(), totalItems, pages);
    }

    /** 200 with this page and its {@code Link} header, built on the request's own URI and parameters. */
    public RestResponse<Page<T>> answer(UriInfo uri) {
        String links = links(uri.getRequestUriBuilder());
        RestResponse.ResponseBuilder<Page<T>> builder = RestResponse.ResponseBuilder.ok(this);
        if (!links.isEmpty()) {
            builder.header("Link", links);
        }
        return builder.build();
    }

    /** The {@code Link} header value for this page, relative to the request URI given. */
    public String links(UriBuilder requestUri) {
        List<String> links = new ArrayList<>();
        if (totalPages > 0) {
            links.add(link(requestUri, 0, "first"));
            links.add(link(requestUri, totalPages - 1, "last"));
        }
        if (page > 0 && page <= totalPages) {
            links.add(link(requestUri, page - 1, "prev"));
        }
        if (page + 1 < totalPages) {
            links.add(link(requestUri, page + 1, "next"));
        }
        return String.join(", ", links);
    }

    private String link(UriBuilder requestUri, long target, String rel) {
        String uri = requestUri.clone().replaceQueryParam("page", target).replaceQueryParam("size", size).build()
                .toString();
        return "<" + uri + ">; rel=\"" + rel + "\"";
    }
}
