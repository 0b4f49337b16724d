package io.threadlab.experiment.strategy;

import io.threadlab.experiment.Cancellation;
import io.threadlab.experiment.Mode;
import io.threadlab.experiment.Params;

/** Picks the strategy for a mode. */
public final class Strategies {
    private Strategies() {}

    /** @param workerParams what worker JVMs rebuild the workload from (processes mode only) */
    public static Strategy open(Mode mode, int workers, String experiment, Params workerParams, Cancellation cancellation)
            throws Exception {
        return switch (mode) {
            case SEQUENTIAL -> new Sequential();
            case THREADS, FORKJOIN, THREAD_PER_TASK, VIRTUAL -> new ExecutorStrategy(mode);
            case PROCESSES -> new ProcessStrategy(workers, experiment, workerParams, cancellation);
            case ASYNC -> new AsyncStrategy();
        };
    }
}
