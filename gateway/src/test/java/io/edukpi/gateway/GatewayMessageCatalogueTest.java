package io.edukpi.gateway;

import org.junit.jupiter.api.Test;

import io.edukpi.commons.message.MessageCatalogues;

class GatewayMessageCatalogueTest {

    @Test
    void everyGatewayTextIsInTheCatalogueAndDocumented() {
        MessageCatalogues.checkDocumented("gateway", GatewayMessage.values());
    }
}
