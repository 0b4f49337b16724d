package io.threadlab.progress;

import java.util.Arrays;
import java.util.Optional;

/** Where a learner stands on one exercise. The ids are what the progress file stores. */
public enum ExerciseState {
    NOT_STARTED("not started"),
    STARTED("started"),
    FAILED("failed"),
    /** The latest check failed, after an earlier one had passed: the pass is history, not a verdict on the code now. */
    FAILED_SINCE_PASS("failed-since-pass"),
    PASSED("passed");

    private final String id;

    ExerciseState(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** How the state reads in lists. */
    public String label() {
        return this == FAILED_SINCE_PASS ? "failed (passed before)" : id;
    }

    /** Whether some check of this exercise has passed (its solution may be shown). */
    public boolean passedOnce() {
        return this == PASSED || this == FAILED_SINCE_PASS;
    }

    /**
     * The state after {@code now} is recorded over this one: the latest verdict wins, a
     * failure after a pass is remembered as such, and merely reopening keeps any verdict.
     */
    public ExerciseState then(ExerciseState now) {
        return switch (now) {
            case PASSED, FAILED_SINCE_PASS -> now;
            case FAILED -> passedOnce() ? FAILED_SINCE_PASS : FAILED;
            case STARTED, NOT_STARTED -> this == NOT_STARTED ? now : this;
        };
    }

    public static Optional<ExerciseState> byId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }
}
