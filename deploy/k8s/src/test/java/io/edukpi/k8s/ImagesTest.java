package io.edukpi.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The OCI tarball each application module built (target/jib-image.tar) is the image the manifests
 * run: its name, non-root user, entry point, port and files. (The pom's dependencies on the five
 * modules make them package first.)
 */
class ImagesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One file of an image: its mode and, for small files, its bytes. */
    record Entry(int mode, char type, byte[] content) {
    }

    @ParameterizedTest
    @ValueSource(strings = { "gateway", "indicator-service", "student-registry-service", "submission-service",
            "scoring-service" })
    void theImageIsTheOneTheDeploymentRuns(String module) throws IOException {
        Map<String, byte[]> blobs = new HashMap<>();
        Map<String, Entry> outer = read(Files.newInputStream(
                Manifests.projectDir().resolve(module).resolve("target/jib-image.tar")), true);
        outer.forEach((name, e) -> blobs.put(name, e.content()));
        JsonNode index = JSON.readTree(blobs.get("index.json"));
        JsonNode ref = index.path("manifests").path(0);
        assertEquals("edukpi/" + module + ":" + RenderedOverlaysTest.version(),
                ref.path("annotations").path("org.opencontainers.image.ref.name").asText());
        JsonNode manifest = JSON.readTree(blob(blobs, ref.path("digest").asText()));
        JsonNode config = JSON.readTree(blob(blobs, manifest.path("config").path("digest").asText())).path("config");

        assertEquals("185", config.path("User").asText(), "a numeric non-root user");
        List<String> entrypoint = Manifests.list(config.path("Entrypoint")).stream().map(JsonNode::asText).toList();
        assertEquals("java", entrypoint.get(0));
        assertEquals(List.of("-jar", "/deployments/quarkus-run.jar"),
                entrypoint.subList(entrypoint.size() - 2, entrypoint.size()));
        assertTrue(Manifests.list(config.path("Env")).stream().anyMatch(e -> e.asText().startsWith("PATH=/opt/java/bin:")));

        JsonNode container = Manifests.get(Manifests.overlay("production"), "Deployment", module)
                .path("spec").path("template").path("spec").path("containers").path(0);
        int port = container.path("ports").path(0).path("containerPort").asInt();
        assertTrue(config.path("ExposedPorts").has(port + "/tcp"), "the Deployment's port " + port);

        Map<String, Entry> files = new HashMap<>();
        for (JsonNode layer : manifest.path("layers")) {
            files.putAll(
                    read(new GZIPInputStream(new ByteArrayInputStream(blob(blobs, layer.path("digest").asText()))), false));
        }
        for (String program : List.of("opt/java/bin/java", "lib64/ld-linux-x86-64.so.2")) {
            assertTrue(files.containsKey(program), program);
            assertEquals(0755, files.get(program).mode() & 0777, program + " must be executable by user 185");
        }
        for (String file : List.of("opt/java/lib/server/libjvm.so", "opt/java/lib/security/cacerts",
                "lib/x86_64-linux-gnu/libc.so.6", "deployments/quarkus-run.jar",
                "deployments/quarkus/quarkus-application.dat")) {
            assertTrue(files.containsKey(file), file);
        }
        assertTrue(files.keySet().stream().anyMatch(f -> f.startsWith("deployments/lib/main/") && f.endsWith(".jar")));
        assertTrue(files.keySet().stream().anyMatch(f -> f.startsWith("deployments/app/" + module)), "the application jar");
        assertTrue(files.keySet().stream().noneMatch(f -> f.startsWith("app/")), "Jib's own layers are filtered out");
        assertEquals(0777, files.get("tmp/").mode() & 0777, "/tmp writable by the image's user");
        assertTrue(new String(files.get("etc/passwd").content(), StandardCharsets.UTF_8).contains(":185:"));
    }

    private static byte[] blob(Map<String, byte[]> blobs, String digest) {
        byte[] b = blobs.get("blobs/sha256/" + digest.substring("sha256:".length()));
        assertTrue(b != null, "blob " + digest);
        return b;
    }

    /** A minimal tar reader (ustar, PAX and GNU long names): entries by path, contents kept when asked or small. */
    static Map<String, Entry> read(InputStream raw, boolean keepAll) throws IOException {
        Map<String, Entry> entries = new HashMap<>();
        try (InputStream in = raw) {
            String longName = null;
            byte[] header = new byte[512];
            while (in.readNBytes(header, 0, 512) == 512) {
                if (header[0] == 0) {
                    break;
                }
                String name = text(header, 0, 100);
                String prefix = text(header, 345, 155);
                if (!prefix.isEmpty()) {
                    name = prefix + "/" + name;
                }
                int mode = (int) octal(header, 100, 8);
                long size = octal(header, 124, 12);
                char type = (char) header[156];
                boolean keep = keepAll || size <= 64 * 1024 || type == 'x' || type == 'L';
                byte[] content = keep ? in.readNBytes((int) size) : null;
                if (!keep) {
                    in.skipNBytes(size);
                }
                in.skipNBytes((512 - size % 512) % 512);
                if (type == 'x') {
                    for (String record : new String(content, StandardCharsets.UTF_8).split("\n")) {
                        int eq = record.indexOf('=');
                        if (eq > 0 && record.substring(record.indexOf(' ') + 1, eq).equals("path")) {
                            longName = record.substring(eq + 1);
                        }
                    }
                    continue;
                }
                if (type == 'L') {
                    longName = new String(content, StandardCharsets.UTF_8).replace("\0", "");
                    continue;
                }
                if (longName != null) {
                    name = longName;
                    longName = null;
                }
                if (name.startsWith("./")) {
                    name = name.substring(2);
                }
                entries.put(name, new Entry(mode, type, content));
            }
        }
        return entries;
    }

    private static String text(byte[] b, int offset, int length) {
        int end = offset;
        while (end < offset + length && b[end] != 0) {
            end++;
        }
        return new String(b, offset, end - offset, StandardCharsets.UTF_8);
    }

    private static long octal(byte[] b, int offset, int length) {
        String s = text(b, offset, length).trim();
        return s.isEmpty() ? 0 : Long.parseLong(s, 8);
    }
}
