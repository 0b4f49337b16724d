package io.threadlab.experiment.trace;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/** The traces of every worker of one run, and the run's length. */
public final class Timeline {
    private final long origin = System.nanoTime();
    private final ConcurrentLinkedQueue<WorkerTrace> traces = new ConcurrentLinkedQueue<>();
    private long length;

    public WorkerTrace newWorker(String label) {
        WorkerTrace trace = new WorkerTrace(label, origin);
        traces.add(trace);
        return trace;
    }

    public void finish() {
        length = System.nanoTime() - origin;
    }

    /** Ends a run whose length was measured elsewhere (by a CPython child). */
    public void finish(long lengthNanos) {
        length = lengthNanos;
    }

    public long lengthNanos() {
        return length;
    }

    public List<WorkerTrace> workers() {
        return new ArrayList<>(traces);
    }
}
