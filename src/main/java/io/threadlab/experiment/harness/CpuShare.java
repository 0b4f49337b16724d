package io.threadlab.experiment.harness;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.DoubleAdder;

/**
 * How much of the machine a CPU-bound run can have right now: one spinning thread per core
 * for a short while, each measuring its own CPU time (exact to the nanosecond, unlike the
 * process counter). On an idle machine each gets nearly all of a core; with other work
 * running they get a share, and a speed-up measured then says more about the neighbours
 * than about threads.
 */
public final class CpuShare {
    /** Below this share per core, CPU-bound figures are not trusted. */
    public static final double ENOUGH = 0.8;
    private static final long SPIN_NANOS = 120_000_000L;

    private CpuShare() {}

    /** The average fraction of a core each of {@code threads} spinning threads got: 1.0 is a whole core each. */
    public static double measure(int threads) throws InterruptedException {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        if (!mx.isCurrentThreadCpuTimeSupported()) {
            return Double.NaN;
        }
        DoubleAdder shares = new DoubleAdder();
        List<Thread> spinners = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            spinners.add(Thread.ofPlatform().daemon(true).name("cpu-share-" + i).start(() -> {
                long cpu0 = mx.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                while (System.nanoTime() - t0 < SPIN_NANOS) {
                    Thread.onSpinWait(); // the clock call itself keeps the loop alive and on the CPU
                }
                long wall = System.nanoTime() - t0;
                shares.add(Math.min(1.0, (mx.getCurrentThreadCpuTime() - cpu0) / (double) wall));
            }));
        }
        try {
            for (Thread t : spinners) {
                t.join();
            }
        } catch (InterruptedException e) {
            spinners.forEach(Thread::interrupt);
            for (Thread t : spinners) {
                t.join(); // a spinner ends by itself within its short spin
            }
            throw e;
        }
        return shares.sum() / threads;
    }
}
