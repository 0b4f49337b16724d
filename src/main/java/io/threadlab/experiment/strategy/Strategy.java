package io.threadlab.experiment.strategy;

import io.threadlab.experiment.Task;
import io.threadlab.experiment.Workload;
import java.math.BigInteger;
import java.util.List;

/** One way of running a workload's tasks. Returns the results in task order. */
public interface Strategy extends AutoCloseable {
    List<BigInteger> execute(Workload workload, List<Task> tasks, Execution execution) throws Exception;

    /** Time spent starting what the runs reuse (worker JVMs), reported apart; NaN if nothing. */
    default double startupMs() {
        return Double.NaN;
    }

    /** CPU time used outside this JVM so far (worker JVMs), added to the row's CPU time. */
    default long childCpuNanos() {
        return 0;
    }

    /** Releases what the strategy keeps between runs (worker processes). */
    @Override
    default void close() {}
}
