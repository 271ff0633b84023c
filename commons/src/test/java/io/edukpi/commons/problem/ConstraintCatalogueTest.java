package io.edukpi.commons.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.edukpi.commons.message.MessageCatalogues;

class ConstraintCatalogueTest {

    @Test
    void everyConstraintHasThaiAndIsDocumented() {
        MessageCatalogues.checkDocumented("bean-validation", ConstraintMessage.values());
        assertEquals("ต้องระบุค่า", ConstraintMessage.of("NotNull").thai());
        assertEquals(ConstraintMessage.OTHER, ConstraintMessage.of("SomethingNew"));
        assertEquals("positive-or-zero", ConstraintMessage.POSITIVE_OR_ZERO.code());
    }
}
