package io.threadlab.experiment;

import java.math.BigInteger;
import java.util.List;
import java.util.function.Function;

/** The tasks of one run and how their results combine into the run's result. */
public record TaskSet(List<Task> tasks, Function<List<BigInteger>, BigInteger> combine) {

    /** Tasks whose results add up. */
    public static TaskSet summing(List<Task> tasks) {
        return new TaskSet(tasks, parts -> parts.stream().reduce(BigInteger.ZERO, BigInteger::add));
    }
}
