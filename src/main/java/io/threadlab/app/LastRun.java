package io.threadlab.app;

import java.util.Optional;

/**
 * Reads one number from the most recent experiment run, for predict steps. The experiment
 * commands provide it; the lesson layer only asks.
 */
public interface LastRun {
    /**
     * @param measure {@code median ROW}, {@code speedup ROW}, {@code result ROW} or
     *                {@code ratio ROW / ROW}
     * @return the number and how to show it, or empty if the run has no such row
     */
    Optional<Measured> measure(String measure);

    record Measured(double value, String shown) {}
}
