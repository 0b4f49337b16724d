package io.threadlab.experiment.strategy;

import io.threadlab.experiment.Mode;
import io.threadlab.experiment.Workload;

/** Picks the strategy for a mode. */
public final class Strategies {
    private Strategies() {}

    public static Strategy open(Mode mode, int workers, String experiment, Workload workload) throws Exception {
        return switch (mode) {
            case SEQUENTIAL -> new Sequential();
            case THREADS, FORKJOIN, THREAD_PER_TASK, VIRTUAL -> new ExecutorStrategy(mode);
            case PROCESSES -> new ProcessStrategy(workers, experiment, workload);
            case ASYNC -> new AsyncStrategy();
        };
    }
}
