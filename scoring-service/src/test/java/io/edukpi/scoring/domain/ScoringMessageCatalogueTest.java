package io.edukpi.scoring.domain;

import org.junit.jupiter.api.Test;

import io.edukpi.commons.message.MessageCatalogues;

class ScoringMessageCatalogueTest {

    @Test
    void everyMessageHasACodeBothLanguagesAndItsLineInProblemsMd() {
        MessageCatalogues.checkDocumented("scoring-service", ScoringMessage.values());
    }
}
