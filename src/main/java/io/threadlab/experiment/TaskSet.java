package io.threadlab.experiment;

import java.math.BigInteger;
import java.util.List;
import java.util.function.Function;

/**
 * The tasks of one run and how their results combine into the run's result.
 *
 * @param serial work that must run alone before the tasks, on the thread that starts the run
 *               (null when there is none); it is timed with them, as the serial fraction of
 *               Amdahl's law, and its result is combined with theirs
 */
public record TaskSet(List<Task> tasks, Function<List<BigInteger>, BigInteger> combine, Task serial) {

    public TaskSet(List<Task> tasks, Function<List<BigInteger>, BigInteger> combine) {
        this(tasks, combine, null);
    }

    /** Tasks whose results add up. */
    public static TaskSet summing(List<Task> tasks) {
        return new TaskSet(tasks, TaskSet::sum);
    }

    /** A serial part, then tasks, all of whose results add up. */
    public static TaskSet summing(Task serial, List<Task> tasks) {
        return new TaskSet(tasks, TaskSet::sum, serial);
    }

    private static BigInteger sum(List<BigInteger> parts) {
        return parts.stream().reduce(BigInteger.ZERO, BigInteger::add);
    }
}
