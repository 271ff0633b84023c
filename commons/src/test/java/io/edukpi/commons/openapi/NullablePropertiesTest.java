package io.edukpi.commons.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.List;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.junit.jupiter.api.Test;

class NullablePropertiesTest {

    @Test
    void aFieldThatIsNotRequiredMayBeNullARequiredOneMayNot() {
        Schema view = OASFactory.createSchema().type(List.of(SchemaType.OBJECT)).required(List.of("code"))
                .addProperty("code", OASFactory.createSchema().type(List.of(SchemaType.STRING)))
                .addProperty("score", OASFactory.createSchema().type(List.of(SchemaType.NUMBER)))
                .addProperty("state", OASFactory.createSchema().type(List.of(SchemaType.STRING))
                        .enumeration(Arrays.asList("DRAFT", "SUBMITTED")))
                .addProperty("band", OASFactory.createSchema().ref("#/components/schemas/Band").description("The band"));
        OpenAPI document = OASFactory.createOpenAPI()
                .components(OASFactory.createComponents().addSchema("View", view));

        NullableProperties.declare(document);

        Schema declared = document.getComponents().getSchemas().get("View");
        assertEquals(List.of(SchemaType.STRING), declared.getProperties().get("code").getType());
        assertEquals(List.of(SchemaType.NUMBER, SchemaType.NULL), declared.getProperties().get("score").getType());
        assertEquals(Arrays.asList("DRAFT", "SUBMITTED", null), declared.getProperties().get("state").getEnumeration());
        Schema band = declared.getProperties().get("band");
        assertNull(band.getRef());
        assertEquals("The band", band.getDescription());
        assertEquals("#/components/schemas/Band", band.getAnyOf().get(0).getRef());
        assertEquals(List.of(SchemaType.NULL), band.getAnyOf().get(1).getType());
    }
}
