package io.edukpi.submission.domain;

import org.junit.jupiter.api.Test;

import io.edukpi.commons.message.MessageCatalogues;

/** The catalogue is well formed and docs/problems.md lists it as it is. */
class SubmissionMessageCatalogueTest {

    @Test
    void theCatalogueIsDocumented() {
        MessageCatalogues.checkDocumented("submission-service", SubmissionMessage.values());
    }
}
