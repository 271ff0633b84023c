package io.edukpi.commons.download;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The {@code Content-Disposition} of every file the API answers (RFC 6266): an ASCII {@code filename} for
 * old clients and the exact name in {@code filename*} (RFC 8187), so a Thai name survives.
 */
public final class Downloads {

    private Downloads() {
    }

    public static String attachment(String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
