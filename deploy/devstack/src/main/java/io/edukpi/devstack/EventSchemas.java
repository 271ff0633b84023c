package io.edukpi.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The event contracts of {@code docs/events/<topic>.schema.json}, for tests on both sides of a
 * topic: a producer checks what it publishes, a consumer checks the examples it is fed.
 */
public final class EventSchemas {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path directory;

    public EventSchemas(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException("No event schema folder at " + directory);
        }
        this.directory = directory;
    }

    /** The project's {@code docs/events/}, found from a module's working directory upwards. */
    public static EventSchemas ofProject() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("docs/events"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("docs/events not found above " + Path.of("").toAbsolutePath());
        }
        return new EventSchemas(dir.resolve("docs/events"));
    }

    /** Fails with every violation listed when the payload does not match the topic's schema. */
    public void assertValid(String topic, String payload) {
        Set<ValidationMessage> violations = violations(topic, payload);
        if (!violations.isEmpty()) {
            throw new AssertionError("Payload on " + topic + " breaks docs/events/" + topic + ".schema.json:\n  "
                    + violations.stream().map(ValidationMessage::getMessage).sorted()
                            .collect(Collectors.joining("\n  "))
                    + "\npayload: " + payload);
        }
    }

    public Set<ValidationMessage> violations(String topic, String payload) {
        try {
            JsonNode node = JSON.readTree(payload);
            return schema(topic).validate(node);
        } catch (IOException e) {
            throw new AssertionError("Payload on " + topic + " is not JSON: " + payload, e);
        }
    }

    /** {@code <name>.schema.json}, or else the schema whose title is the topic (registry.area-office.schema.json). */
    private JsonSchema schema(String topic) {
        Path file = directory.resolve(topic + ".schema.json");
        if (!Files.exists(file)) {
            file = titled(topic).orElseThrow(() -> new AssertionError("No schema for topic " + topic + " in " + directory));
        }
        try (InputStream in = Files.newInputStream(file)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<Path> titled(String topic) {
        try (Stream<Path> files = Files.list(directory)) {
            for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".schema.json")).toList()) {
                if (topic.equals(JSON.readTree(f.toFile()).path("title").asText())) {
                    return Optional.of(f);
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
