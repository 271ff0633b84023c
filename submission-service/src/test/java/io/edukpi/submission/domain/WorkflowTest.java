package io.edukpi.submission.domain;

import static io.edukpi.submission.domain.ResultState.ACCEPTED;
import static io.edukpi.submission.domain.ResultState.CERTIFIED;
import static io.edukpi.submission.domain.ResultState.DRAFT;
import static io.edukpi.submission.domain.ResultState.RETURNED;
import static io.edukpi.submission.domain.ResultState.SUBMITTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.edukpi.commons.problem.ProblemException;

/** Every (state, transition) pair of the certification workflow, written out rather than read from the code. */
class WorkflowTest {

    /** The legal steps and where they lead; every other pair is refused. */
    static final Map<ResultState, Map<Transition, ResultState>> LEGAL = Map.of(
            DRAFT, Map.of(Transition.SUBMIT, SUBMITTED),
            RETURNED, Map.of(Transition.SUBMIT, SUBMITTED),
            SUBMITTED, Map.of(Transition.CERTIFY, CERTIFIED, Transition.RETURN, RETURNED),
            CERTIFIED, Map.of(Transition.ACCEPT, ACCEPTED, Transition.RETURN, RETURNED),
            ACCEPTED, Map.of(Transition.REOPEN, DRAFT));

    static final Workflow.Actors OTHERS = new Workflow.Actors("collector", "supervisor");

    static List<Arguments> everyPair() {
        List<Arguments> pairs = new ArrayList<>();
        for (ResultState state : ResultState.values()) {
            for (Transition transition : Transition.values()) {
                pairs.add(Arguments.of(state, transition));
            }
        }
        return pairs;
    }

    @Test
    void theTableCoversSevenLegalAndEighteenIllegalPairs() {
        long legal = LEGAL.values().stream().mapToInt(Map::size).sum();
        assertEquals(7, legal);
        assertEquals(25, everyPair().size());
    }

    @ParameterizedTest(name = "{1} from {0}")
    @MethodSource("everyPair")
    void aLegalStepReachesItsStateAndEveryOtherIsRefused(ResultState state, Transition transition) {
        ResultState expected = LEGAL.get(state).get(transition);
        if (expected != null) {
            assertEquals(expected, Workflow.apply(state, transition, "reviewer", OTHERS, "a reason"));
        } else {
            ProblemException refused = assertThrows(ProblemException.class,
                    () -> Workflow.apply(state, transition, "reviewer", OTHERS, "a reason"));
            assertEquals("transition-not-allowed", refused.slug());
            assertEquals(409, refused.status());
        }
    }

    @Test
    void returnAndReopenNeedAReason() {
        for (String blank : new String[] { null, "", " " }) {
            ProblemException returned = assertThrows(ProblemException.class,
                    () -> Workflow.apply(CERTIFIED, Transition.RETURN, "reviewer", OTHERS, blank));
            assertEquals("reason-required", returned.slug());
            assertEquals(422, returned.status());
            assertEquals("reason-required", assertThrows(ProblemException.class,
                    () -> Workflow.apply(ACCEPTED, Transition.REOPEN, "admin", OTHERS, blank)).slug());
        }
        assertEquals(SUBMITTED, Workflow.apply(DRAFT, Transition.SUBMIT, "collector", OTHERS, null),
                "a submission needs no reason");
    }

    @Test
    void nobodyCertifiesOrAcceptsTheirOwnSubmission() {
        var submitted = new Workflow.Actors("a", null);
        ProblemException own = assertThrows(ProblemException.class,
                () -> Workflow.apply(SUBMITTED, Transition.CERTIFY, "a", submitted, null));
        assertEquals("own-submission", own.slug());
        assertEquals(403, own.status());
        assertEquals(CERTIFIED, Workflow.apply(SUBMITTED, Transition.CERTIFY, "b", submitted, null));
        var certified = new Workflow.Actors("a", "b");
        assertEquals("own-submission", assertThrows(ProblemException.class,
                () -> Workflow.apply(CERTIFIED, Transition.ACCEPT, "a", certified, null)).slug());
        assertEquals("own-submission", assertThrows(ProblemException.class,
                () -> Workflow.apply(CERTIFIED, Transition.ACCEPT, "b", certified, null)).slug());
        assertEquals(ACCEPTED, Workflow.apply(CERTIFIED, Transition.ACCEPT, "c", certified, null));
        assertEquals(RETURNED, Workflow.apply(CERTIFIED, Transition.RETURN, "a", certified, "why"),
                "returning is no review of one's own work");
    }
}
