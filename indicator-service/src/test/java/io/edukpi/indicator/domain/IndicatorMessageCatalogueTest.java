package io.edukpi.indicator.domain;

import org.junit.jupiter.api.Test;

import io.edukpi.commons.message.MessageCatalogues;

/** The catalogue is well formed and docs/problems.md lists it as the code has it. */
class IndicatorMessageCatalogueTest {

    @Test
    void everyMessageIsDocumented() {
        MessageCatalogues.checkDocumented("indicator-service", IndicatorMessage.values());
    }
}
