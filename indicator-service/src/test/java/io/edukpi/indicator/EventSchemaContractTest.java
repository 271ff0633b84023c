package io.edukpi.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import io.edukpi.indicator.domain.Catalogue;
import io.edukpi.indicator.domain.CatalogueValidator;
import io.edukpi.indicator.json.CatalogueJson;
import io.edukpi.indicator.service.CataloguePublisher;
import io.edukpi.indicator.service.StoredCatalogue;

/**
 * The event schema embeds the catalogue schema's definitions (it must validate alone): they must be there,
 * be the same, and accept what the producer actually sends. The negative cases prove each check can fail.
 */
class EventSchemaContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theEventSchemaCarriesTheCatalogueDefinitionsAndAcceptsTheProducersPayload() {
        assertEquals(List.of(), breaches(catalogueSchema(), eventSchema(), payload()));
    }

    @Test
    void schemasThatLostTheirDefinitionsAreCaught() {
        ObjectNode catalogue = catalogueSchema();
        ObjectNode event = eventSchema();
        catalogue.remove("$defs");
        event.remove("$defs");
        assertTrue(breaches(catalogue, event, payload()).contains("the catalogue schema has no $defs"));
        assertTrue(breaches(catalogueSchema(), event, payload()).contains("the event's $defs differ from the catalogue's"));
    }

    @Test
    void definitionsThatDriftedApartAreCaught() {
        ObjectNode event = eventSchema();
        ((ObjectNode) event.get("$defs").get("indicator")).put("description", "changed in one copy only");
        assertTrue(breaches(catalogueSchema(), event, payload()).contains("the event's $defs differ from the catalogue's"));
    }

    @Test
    void aPayloadWithoutARequiredFieldIsCaught() {
        ObjectNode payload = payload();
        payload.remove("contentHash");
        List<String> breaches = breaches(catalogueSchema(), eventSchema(), payload);
        assertTrue(breaches.stream().anyMatch(b -> b.contains("contentHash")), breaches.toString());
    }

    /** Every way the two schemas and the producer's payload disagree; empty when the contract holds. */
    private static List<String> breaches(JsonNode catalogueSchema, JsonNode eventSchema, JsonNode payload) {
        List<String> out = new ArrayList<>();
        JsonNode definitions = catalogueSchema.get("$defs");
        if (definitions == null || !definitions.isObject() || definitions.isEmpty()) {
            out.add("the catalogue schema has no $defs");
        }
        if (!Objects.equals(definitions, eventSchema.get("$defs"))) {
            out.add("the event's $defs differ from the catalogue's");
        }
        out.addAll(validate(eventSchema, payload));
        out.addAll(validate(catalogueSchema, payload.get("catalogue")));
        return out;
    }

    private static List<String> validate(JsonNode schema, JsonNode instance) {
        try {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema).validate(instance)
                    .stream().map(ValidationMessage::getMessage).toList();
        } catch (RuntimeException e) {
            return List.of("the schema cannot be used: " + e.getMessage());
        }
    }

    /** What {@link CataloguePublisher} writes for the shipped catalogue, warnings included. */
    private static ObjectNode payload() {
        Catalogue content = SeedData.catalogue(SeedData.OBEC_2554);
        OffsetDateTime now = OffsetDateTime.now();
        StoredCatalogue published = new StoredCatalogue(UUID.randomUUID(), 1, Catalogue.Status.PUBLISHED, content,
                CatalogueValidator.validate(content), CatalogueJson.contentHash(content), 1, null, now, now, now, null);
        return (ObjectNode) read(CataloguePublisher.payload(published));
    }

    private static ObjectNode catalogueSchema() {
        return (ObjectNode) read(docs("catalogue.schema.json"));
    }

    private static ObjectNode eventSchema() {
        return (ObjectNode) read(docs("events/catalogue.published.schema.json"));
    }

    private static String docs(String file) {
        try {
            return Files.readString(Path.of("").toAbsolutePath().getParent().resolve("docs").resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
