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
        java.math.BigInteger[] result = new java.math.BigInteger[1];
        boolean[] given = {false};
        runEach(() -> {
            if (given[0]) {
                return -1;
            }
            given[0] = true;
            return 0;
        }, java.util.List.of(task), result);
        return result[0];
    }

    /**
     * Runs tasks one after another for as long as {@code next} hands out their indexes (-1 when
     * none is left), storing each result at its index. The GIL is held from the first task to
     * the last: a CPython pool worker that finds its next task already queued takes it without
     * releasing the lock, so hand-overs happen at switch points, not at task boundaries.
     */
    public void runEach(java.util.function.IntSupplier next, java.util.List<Task> tasks,
                        java.math.BigInteger[] results) throws Exception {
        cancellation.check();
        long cpu0 = TaskCpu.now();
        int ran = 0;
        begin();
        try {
            for (int i = next.getAsInt(); i >= 0; i = next.getAsInt()) {
                if (ran++ > 0) {
                    checkpoint();
                }
                trace.taskStarts();
                results[i] = tasks.get(i).run(this);
            }
        } finally {
            end();
            cpu.add(cpu0, TaskCpu.now(), ran);
        }
    }

    private void begin() {
        if (gil != null) {
            gil.acquire(trace, cancellation);
        } else {
            trace.enter(Activity.RUNNING);
        }
    }

    private void end() {
        if (gil != null) {
            gil.release(trace, null);
        } else {
            trace.idle();
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
