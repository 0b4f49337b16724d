package io.threadlab.experiment.trace;

/** What a worker is doing at a moment of a run. */
public enum Activity {
    RUNNING,
    /** Blocked on I/O or sleep. */
    IO,
    /** Waiting for the (simulated) GIL or a lock. */
    WAITING
}
