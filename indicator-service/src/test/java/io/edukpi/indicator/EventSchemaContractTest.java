package io.edukpi.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The event schema embeds the catalogue schema's definitions (it must validate alone); they must not drift apart. */
class EventSchemaContractTest {

    @Test
    void eventSchemaCarriesTheCatalogueDefinitions() throws IOException {
        ObjectMapper json = new ObjectMapper();
        Path docs = Path.of("").toAbsolutePath().getParent().resolve("docs");
        JsonNode catalogue = json.readTree(Files.readString(docs.resolve("catalogue.schema.json")));
        JsonNode event = json.readTree(Files.readString(docs.resolve("events/catalogue.published.schema.json")));
        assertEquals(catalogue.get("$defs"), event.get("$defs"));
    }
}
