package io.edukpi.devstack;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class EventSchemasTest {

    private final EventSchemas schemas = new EventSchemas(Path.of("src/test/resources/events"));

    @Test
    void acceptsAPayloadThatKeepsTheContract() {
        schemas.assertValid("example.recorded", "{\"officeCode\":\"5001\",\"fiscalYear\":2011}");
    }

    @Test
    void listsEveryBreachOfTheContract() {
        AssertionError e = assertThrows(AssertionError.class, () -> schemas.assertValid("example.recorded",
                "{\"officeCode\":\"50-1\",\"fiscalYear\":1999,\"extra\":true}"));
        assertTrue(e.getMessage().contains("officeCode"), e.getMessage());
        assertTrue(e.getMessage().contains("fiscalYear"), e.getMessage());
        assertTrue(e.getMessage().contains("extra"), e.getMessage());
    }

    @Test
    void aTopicWithoutSchemaIsAnError() {
        assertThrows(AssertionError.class, () -> schemas.assertValid("no.such.topic", "{}"));
    }

    @Test
    void findsTheProjectsEventFolder() {
        assertThrows(AssertionError.class, () -> EventSchemas.ofProject().assertValid("no.such.topic", "{}"));
    }

    @Test
    void findsASchemaByItsFileOrByTheTopicInItsTitle() {
        String office = "{\"officeCode\":\"5001\",\"nameTh\":\"สพป.นครปฐม เขต 2\",\"kind\":\"PRIMARY\","
                + "\"changedAt\":\"2011-06-10T09:00:00Z\"}";
        EventSchemas.ofProject().assertValid("registry.area-office", office);
        EventSchemas.ofProject().assertValid("registry.area-offices", office);
        assertThrows(AssertionError.class, () -> EventSchemas.ofProject().assertValid("registry.area-offices",
                office.replace("PRIMARY", "primary")));
    }
}
