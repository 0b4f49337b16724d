package io.threadlab.progress;

import java.util.Arrays;
import java.util.Optional;

/** Where a learner stands on one exercise. The ids are what the progress file stores. */
public enum ExerciseState {
    NOT_STARTED("not started"),
    STARTED("started"),
    FAILED("failed"),
    PASSED("passed");

    private final String id;

    ExerciseState(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<ExerciseState> byId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }
}
