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
    /** The share of an interval spent in its activity: 1, except where only a share is known. */
    private float[] shares = new float[16];
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
        taskStartsAt(System.nanoTime() - origin);
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
        if (current != null) {
            add(current, currentStart, now, 1);
        }
    }

    /**
     * Records an interval measured elsewhere (a CPython child reports its tasks after a run),
     * in nanoseconds from the run's start. {@code share} is the part of it spent in the
     * activity when only a total is known: a CPython thread's CPU time over its task's wall
     * time says how long it held the GIL, not when.
     */
    public void add(Activity activity, long start, long end, double share) {
        if (!on || size >= MAX_INTERVALS || end <= start || share <= 0) {
            return;
        }
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
            ends = Arrays.copyOf(ends, size * 2);
            kinds = Arrays.copyOf(kinds, size * 2);
            shares = Arrays.copyOf(shares, size * 2);
        }
        starts[size] = start;
        ends[size] = end;
        kinds[size] = (byte) activity.ordinal();
        shares[size] = (float) Math.min(1, share);
        size++;
    }

    /** Notes, from a report made elsewhere, that a task began {@code at} nanoseconds into the run. */
    public void taskStartsAt(long at) {
        if (!on || tasks >= MAX_INTERVALS) {
            return;
        }
        if (tasks == taskStarts.length) {
            taskStarts = Arrays.copyOf(taskStarts, tasks * 2);
        }
        taskStarts[tasks++] = at;
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

    /** The part of interval {@code i} spent in its activity (1 unless recorded with a share). */
    public double share(int i) {
        return shares[i];
    }

    /** Whether some interval holds only a share of its activity (see {@link #add}). */
    public boolean hasShares() {
        for (int i = 0; i < size; i++) {
            if (shares[i] < 1) {
                return true;
            }
        }
        return false;
    }

    /** Total nanoseconds spent in an activity. */
    public long total(Activity activity) {
        long sum = 0;
        for (int i = 0; i < size; i++) {
            if (kinds[i] == activity.ordinal()) {
                sum += (long) ((ends[i] - starts[i]) * (double) shares[i]);
            }
        }
        return sum;
    }
}
