package io.threadlab.progress;

import static io.threadlab.progress.ExerciseState.FAILED;
import static io.threadlab.progress.ExerciseState.FAILED_SINCE_PASS;
import static io.threadlab.progress.ExerciseState.NOT_STARTED;
import static io.threadlab.progress.ExerciseState.PASSED;
import static io.threadlab.progress.ExerciseState.STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The latest verdict is what a list shows; an earlier pass is remembered, never shown as current. */
class ExerciseStateTest {
    @Test
    void aFailureAfterAPassShowsAsAFailureThatPassedBefore() {
        assertEquals(FAILED_SINCE_PASS, PASSED.then(FAILED));
        assertEquals(FAILED_SINCE_PASS, FAILED_SINCE_PASS.then(FAILED));
        assertEquals(PASSED, FAILED_SINCE_PASS.then(PASSED));
        assertEquals(FAILED, STARTED.then(FAILED));
        assertEquals(PASSED, FAILED.then(PASSED));
        assertEquals(PASSED, PASSED.then(STARTED), "reopening an exercise keeps its verdict");
        assertEquals(FAILED_SINCE_PASS, FAILED_SINCE_PASS.then(STARTED));
        assertEquals(STARTED, NOT_STARTED.then(STARTED));
        assertTrue(FAILED_SINCE_PASS.passedOnce(), "the solution stays open after a pass");
        assertFalse(FAILED.passedOnce());
    }

    @Test
    void theProgressFileKeepsIt() {
        Progress p = new Progress();
        p.exercise("deadlock", PASSED);
        p.exercise("deadlock", FAILED);
        assertEquals(FAILED_SINCE_PASS, p.exercise("deadlock"));
        assertEquals(FAILED_SINCE_PASS, ExerciseState.byId(FAILED_SINCE_PASS.id()).orElseThrow(), "its id reads back");
    }
}
