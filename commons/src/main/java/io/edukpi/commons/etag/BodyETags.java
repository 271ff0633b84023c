package io.edukpi.commons.etag;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every successful JSON read of an API that has not set its own {@code ETag} (from a version, say)
 * gets one: a hash of its body. A client sending it back in {@code If-None-Match} gets 304 without
 * the body. Streams are left alone.
 */
@Provider
public class BodyETags implements ContainerResponseFilter {

    private final ObjectMapper mapper;

    public BodyETags(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object entity = response.getEntity();
        if (!"GET".equals(request.getMethod()) || response.getStatus() != 200 || entity == null
                || response.getHeaders().containsKey(HttpHeaders.ETAG)
                || !request.getUriInfo().getPath().startsWith("/api/")
                || !MediaType.APPLICATION_JSON_TYPE.isCompatible(response.getMediaType())) {
            return;
        }
        String tag;
        try {
            byte[] body = entity instanceof byte[] bytes ? bytes
                    : entity instanceof String s ? s.getBytes(StandardCharsets.UTF_8) : mapper.writeValueAsBytes(entity);
            tag = "\"" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 16) + "\"";
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            return;
        }
        response.getHeaders().putSingle(HttpHeaders.ETAG, tag);
        if (matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), tag)) {
            response.setStatus(304);
            response.setEntity(null);
        }
    }

    private static boolean matches(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String t = candidate.trim();
            if (t.equals("*") || t.equals(tag) || t.equals("W/" + tag)) {
                return true;
            }
        }
        return false;
    }
}
