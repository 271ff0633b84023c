package io.edukpi.e2e.contract;

import java.util.Map;

/**
 * One request and its answer as they went over the wire: {@code target} is the path with its raw query,
 * {@code requestContentType} null when no body was sent; header names in any case.
 */
public record Exchange(String method, String target, Map<String, String> requestHeaders, String requestContentType,
        byte[] requestBody, int status, String responseContentType, String responseBody) {
}
