package io.edukpi.commons.requestid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RequestIdsTest {

    @Test
    void keepsAnIdThatLooksLikeOne() {
        assertEquals("mis.5001:batch-7_a", RequestIds.acceptOrCreate("mis.5001:batch-7_a"));
    }

    @Test
    void replacesMissingOverlongOrInjectingIds() {
        for (String bad : new String[] { null, "", "a b", "x\ninjected log line", "x".repeat(129), "${jndi:x}" }) {
            String id = RequestIds.acceptOrCreate(bad);
            assertNotEquals(bad, id);
            assertTrue(id.matches("[0-9a-f-]{36}"), id);
        }
    }
}
