package io.threadlab.experiment.strategy;

import io.threadlab.experiment.Cancellation;
import io.threadlab.experiment.WorkerContext;
import io.threadlab.experiment.SimulatedGil;
import io.threadlab.experiment.TaskCpu;
import io.threadlab.experiment.trace.Timeline;
import io.threadlab.experiment.trace.WorkerTrace;

/**
 * What one timed run needs besides its tasks: the worker count, the cancellation flag,
 * the simulated GIL (null without --gil) and the timeline to record into (null when the
 * run is not kept).
 */
public record Execution(int workers, Cancellation cancellation, SimulatedGil gil, Timeline timeline, TaskCpu cpu) {

    public Execution(int workers, Cancellation cancellation, SimulatedGil gil, Timeline timeline) {
        this(workers, cancellation, gil, timeline, new TaskCpu());
    }

    public WorkerContext newWorker(String label) {
        WorkerTrace trace = timeline == null ? WorkerTrace.OFF : timeline.newWorker(label);
        return new WorkerContext(cancellation, gil, trace, cpu);
    }
}
