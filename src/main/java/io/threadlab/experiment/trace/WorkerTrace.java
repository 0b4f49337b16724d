package io.threadlab.experiment.trace;

import java.util.Arrays;

/**
 * The activity intervals of one worker during one run, recorded by the worker's own
 * thread: no locks, and no work beyond an array store per change of activity.
 */
public final class WorkerTrace {
    /** Bounds memory for very long runs; later changes are dropped, the last interval stays open. */
    private static final int MAX_INTERVALS = 20_000;

    /** A trace that records nothing, for runs that are not kept. */
    public static final WorkerTrace OFF = new WorkerTrace("", 0, false);

    private final String label;
    private final long origin;
    private final boolean on;
    private long[] starts = new long[16];
    private long[] ends = new long[16];
    private byte[] kinds = new byte[16];
    private int size;
    /** When each task began, so that a timeline can show where one ends and the next starts. */
    private long[] taskStarts = new long[16];
    private int tasks;
    private Activity current;
    private long currentStart;

    public WorkerTrace(String label, long originNanos) {
        this(label, originNanos, true);
    }

    private WorkerTrace(String label, long originNanos, boolean on) {
        this.label = label;
        this.origin = originNanos;
        this.on = on;
    }

    public String label() {
        return label;
    }

    public void enter(Activity activity) {
        if (!on || activity == current) {
            return;
        }
        long now = System.nanoTime() - origin;
        close(now);
        current = activity;
        currentStart = now;
    }

    /** Notes that the worker starts a new task now. */
    public void taskStarts() {
        if (!on || tasks >= MAX_INTERVALS) {
            return;
        }
        if (tasks == taskStarts.length) {
            taskStarts = Arrays.copyOf(taskStarts, tasks * 2);
        }
        taskStarts[tasks++] = System.nanoTime() - origin;
    }

    public int tasks() {
        return tasks;
    }

    /** When task {@code i} began, in nanoseconds from the run's start. */
    public long taskStart(int i) {
        return taskStarts[i];
    }

    /** Ends the open interval: the worker is idle from now on. */
    public void idle() {
        if (on) {
            close(System.nanoTime() - origin);
            current = null;
        }
    }

    private void close(long now) {
        if (current == null || size >= MAX_INTERVALS) {
            return;
        }
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
            ends = Arrays.copyOf(ends, size * 2);
            kinds = Arrays.copyOf(kinds, size * 2);
        }
        starts[size] = currentStart;
        ends[size] = now;
        kinds[size] = (byte) current.ordinal();
        size++;
    }

    public int size() {
        return size;
    }

    public long start(int i) {
        return starts[i];
    }

    public long end(int i) {
        return ends[i];
    }

    public Activity activity(int i) {
        return Activity.values()[kinds[i]];
    }

    /** Total nanoseconds spent in an activity. */
    public long total(Activity activity) {
        long sum = 0;
        for (int i = 0; i < size; i++) {
            if (kinds[i] == activity.ordinal()) {
                sum += ends[i] - starts[i];
            }
        }
        return sum;
    }
}
