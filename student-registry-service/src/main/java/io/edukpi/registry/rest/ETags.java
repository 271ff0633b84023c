package io.edukpi.registry.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Every successful JSON read of the registry carries an {@code ETag} (a hash of its body); a client
 * that sends it back in {@code If-None-Match} gets 304 without the body. Streams (the rejection CSV)
 * are left alone.
 */
@Provider
public class ETags implements ContainerResponseFilter {

    private final ObjectMapper mapper;

    public ETags(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!"GET".equals(request.getMethod()) || response.getStatus() != 200 || response.getEntity() == null
                || !request.getUriInfo().getPath().startsWith("/api/v1/registry")
                || !MediaType.APPLICATION_JSON_TYPE.isCompatible(response.getMediaType())) {
            return;
        }
        String tag;
        try {
            Object entity = response.getEntity();
            byte[] body = entity instanceof String s ? s.getBytes(StandardCharsets.UTF_8) : mapper.writeValueAsBytes(entity);
            tag = "\"" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 16) + "\"";
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            return;
        }
        response.getHeaders().putSingle(HttpHeaders.ETAG, tag);
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null && (ifNoneMatch.equals(tag) || ifNoneMatch.equals("W/" + tag) || ifNoneMatch.equals("*"))) {
            response.setStatus(304);
            response.setEntity(null);
        }
    }
}
