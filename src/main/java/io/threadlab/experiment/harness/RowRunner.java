package io.threadlab.experiment.harness;

/**
 * Runs one row's workload once per call, in whichever runtime the row names. The harness
 * around it is the same for every runtime: warm-up, repeats, median, checks.
 */
interface RowRunner extends AutoCloseable {
    Measured once(boolean keepTimeline) throws Exception;

    /** Time spent starting what the runs reuse (worker processes), reported apart; NaN if nothing. */
    double startupMs();

    @Override
    void close();
}
