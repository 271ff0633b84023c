package io.edukpi.registry.domain;

import org.junit.jupiter.api.Test;

import io.edukpi.commons.message.MessageCatalogues;

class RegistryMessageCatalogueTest {

    @Test
    void everyMessageIsWellFormedAndDocumented() {
        MessageCatalogues.checkDocumented("student-registry-service", RegistryMessage.values());
    }
}
