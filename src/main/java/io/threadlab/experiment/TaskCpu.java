package io.threadlab.experiment;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * The CPU time the tasks themselves used, each measured on the thread that ran it. The
 * process's CPU time also counts the JIT compiler and the garbage collector, which on a run
 * of a few milliseconds can be several times the work itself and would report a cpu/wall
 * above the core count. Virtual threads have no CPU clock, so a run that used them is
 * incomplete here and the harness falls back to the process's figure.
 */
public final class TaskCpu {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private final LongAdder nanos = new LongAdder();
    private final AtomicInteger measured = new AtomicInteger();

    /** The current thread's CPU clock, or -1 when it has none (a virtual thread). */
    public static long now() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : -1;
    }

    /** {@code tasks} tasks that ran one after another between {@code start} and {@code end}. */
    void add(long start, long end, int tasks) {
        if (start >= 0 && end >= start) {
            nanos.add(end - start);
            measured.addAndGet(tasks);
        }
    }

    /** The tasks' CPU time, if every one of {@code tasks} was measured. */
    public java.util.OptionalLong total(int tasks) {
        return measured.get() == tasks ? java.util.OptionalLong.of(nanos.sum()) : java.util.OptionalLong.empty();
    }
}
