package io.edukpi.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/** The overlays as the build rendered them (target/rendered), and kustomize for other directories. */
final class Manifests {

    static final List<String> OVERLAYS = List.of("staging", "production");
    static final ObjectMapper YAML = new YAMLMapper();

    private Manifests() {
    }

    static Path moduleDir() {
        return Path.of(System.getProperty("user.dir"));
    }

    static Path projectDir() {
        return moduleDir().resolve("../..").normalize();
    }

    /** The documents of a rendered overlay, fresh copies (tests change them). */
    static List<ObjectNode> overlay(String name) {
        Path file = Path.of(System.getProperty("edukpi.rendered", "target/rendered")).resolve(name + ".yaml");
        try {
            return parse(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("not rendered by the build: " + file, e);
        }
    }

    static List<ObjectNode> parse(String yaml) throws IOException {
        var parser = new YAMLFactory().createParser(yaml);
        List<ObjectNode> docs = new ArrayList<>();
        YAML.readValues(parser, JsonNode.class).forEachRemaining(node -> {
            if (node != null && node.isObject()) {
                docs.add((ObjectNode) node);
            }
        });
        return docs;
    }

    /** kustomize build of a directory: the documents, or the failure with kustomize's message. */
    static List<ObjectNode> kustomize(Path dir) throws IOException, InterruptedException {
        String bin = System.getProperty("edukpi.kustomize", "target/kustomize/package/kustomize-linux-x64");
        Process process = new ProcessBuilder(bin, "build", dir.toString()).redirectErrorStream(false).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("kustomize build " + dir + " failed: " + err);
        }
        return parse(out);
    }

    static List<ObjectNode> ofKind(List<ObjectNode> docs, String kind) {
        return docs.stream().filter(d -> kind.equals(d.path("kind").asText())).toList();
    }

    static Optional<ObjectNode> find(List<ObjectNode> docs, String kind, String name) {
        return ofKind(docs, kind).stream().filter(d -> name.equals(name(d))).findFirst();
    }

    static ObjectNode get(List<ObjectNode> docs, String kind, String name) {
        return find(docs, kind, name).orElseThrow(() -> new AssertionError("no " + kind + " " + name));
    }

    static String name(JsonNode doc) {
        return doc.path("metadata").path("name").asText();
    }

    static List<JsonNode> list(JsonNode array) {
        return array == null || !array.isArray() ? List.of()
                : StreamSupport.stream(array.spliterator(), false).toList();
    }
}
