package io.edukpi.registry.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class IngestionJobStatusTest {

    @Test
    void onlyAFailedOrInterruptedJobIsQueuedAgain() {
        List<IngestionJobStatus> again = Arrays.stream(IngestionJobStatus.values())
                .filter(s -> s.mayBecome(IngestionJobStatus.QUEUED)).toList();
        assertEquals(List.of(IngestionJobStatus.FAILED, IngestionJobStatus.INTERRUPTED), again);
    }

    @Test
    void aJobEndsOnlyFromRunningAndIsInterruptedOnlyWhileLive() {
        assertTrue(IngestionJobStatus.QUEUED.mayBecome(IngestionJobStatus.RUNNING));
        assertTrue(IngestionJobStatus.RUNNING.mayBecome(IngestionJobStatus.SUCCEEDED));
        assertFalse(IngestionJobStatus.QUEUED.mayBecome(IngestionJobStatus.SUCCEEDED));
        assertFalse(IngestionJobStatus.SUCCEEDED.mayBecome(IngestionJobStatus.RUNNING));
        assertTrue(IngestionJobStatus.RUNNING.mayBecome(IngestionJobStatus.INTERRUPTED));
        assertFalse(IngestionJobStatus.FAILED.mayBecome(IngestionJobStatus.INTERRUPTED));
    }

    @Test
    void anAllOrNothingFileWithRejectedRowsWritesNothingAndIsRejected() {
        assertFalse(IngestionMode.ALL_OR_NOTHING.merges(false, 1));
        assertEquals(IngestionJobStatus.REJECTED, IngestionMode.ALL_OR_NOTHING.outcome(1));
        assertTrue(IngestionMode.ACCEPT_VALID.merges(false, 1));
        assertEquals(IngestionJobStatus.SUCCEEDED, IngestionMode.ACCEPT_VALID.outcome(1));
        assertFalse(IngestionMode.ACCEPT_VALID.merges(true, 0));
    }

    @Test
    void aScopeIsKeptAsTheJobTableHoldsIt() {
        assertEquals(null, SchoolScope.format(SchoolScope.all()));
        assertTrue(SchoolScope.parse(null).includes("1050130001"));
        SchoolScope two = SchoolScope.parse(SchoolScope.format(SchoolScope.of(Set.of("1050130001", "1050130002"))));
        assertTrue(two.includes("1050130002"));
        assertFalse(two.includes("1050139999"));
        assertFalse(SchoolScope.parse("").includes("1050130001"));
    }
}
