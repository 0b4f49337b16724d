package io.threadlab.experiment;

import io.threadlab.experiment.trace.Activity;
import io.threadlab.experiment.trace.WorkerTrace;

/**
 * What a task sees of the thread running it: a checkpoint to call often from CPU loops
 * (cancellation, and the GIL's switch point), and a way to block that releases the GIL,
 * as CPython's blocking calls do.
 */
public final class WorkerContext {
    private final Cancellation cancellation;
    private final SimulatedGil gil;
    private final WorkerTrace trace;
    private final TaskCpu cpu;

    public WorkerContext(Cancellation cancellation, SimulatedGil gil, WorkerTrace trace) {
        this(cancellation, gil, trace, new TaskCpu());
    }

    public WorkerContext(Cancellation cancellation, SimulatedGil gil, WorkerTrace trace, TaskCpu cpu) {
        this.cancellation = cancellation;
        this.gil = gil;
        this.trace = trace;
        this.cpu = cpu;
    }

    /** Call from hot loops; cheap when nothing is pending. */
    public void checkpoint() {
        cancellation.check();
        if (gil != null) {
            gil.checkpoint(trace, cancellation);
        }
    }

    /** Runs a blocking call (I/O, sleep) with the GIL released, as CPython does. */
    public <T> T blocking(Blocking<T> call) throws Exception {
        cancellation.check();
        if (gil != null) {
            gil.release(trace, Activity.IO);
        } else {
            trace.enter(Activity.IO);
        }
        try {
            return call.run();
        } finally {
            if (gil != null) {
                gil.acquire(trace, cancellation);
            } else {
                trace.enter(Activity.RUNNING);
            }
        }
    }

    public WorkerTrace trace() {
        return trace;
    }

    /** Runs one task as a worker would: holding the GIL (if any) while it computes. */
    public java.math.BigInteger run(Task task) throws Exception {
        cancellation.check();
        long cpu0 = TaskCpu.now();
        if (gil != null) {
            gil.acquire(trace, cancellation);
        } else {
            trace.enter(Activity.RUNNING);
        }
        try {
            return task.run(this);
        } finally {
            if (gil != null) {
                gil.release(trace, null);
            } else {
                trace.idle();
            }
            cpu.add(cpu0, TaskCpu.now());
        }
    }

    public Cancellation cancellation() {
        return cancellation;
    }

    @FunctionalInterface
    public interface Blocking<T> {
        T run() throws Exception;
    }
}
