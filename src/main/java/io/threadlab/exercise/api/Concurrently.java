package io.threadlab.exercise.api;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicReference;

/** Runs one body on several threads released at the same instant, the way stress checks need. */
public final class Concurrently {
    private Concurrently() {}

    @FunctionalInterface
    public interface Body {
        void run(int thread) throws Exception;
    }

    /** Starts {@code threads} platform threads together, waits for all; rethrows the first error. */
    public static void run(int threads, Body body) throws Exception {
        CyclicBarrier start = new CyclicBarrier(threads);
        AtomicReference<Throwable> error = new AtomicReference<>();
        List<Thread> started = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int index = t;
            started.add(Thread.ofPlatform().name("check-" + t).start(() -> {
                try {
                    start.await();
                    body.run(index);
                } catch (Throwable e) {
                    error.compareAndSet(null, e);
                }
            }));
        }
        for (Thread t : started) {
            t.join();
        }
        Throwable e = error.get();
        if (e instanceof Exception ex) {
            throw ex;
        }
        if (e instanceof Error err) {
            throw err;
        }
    }

    /** Platform threads alive now whose names do not belong to the JVM or the checker. */
    public static List<String> otherThreads(java.util.Set<Thread> before) {
        List<String> names = new ArrayList<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.isAlive() && !before.contains(t) && !t.isDaemon() && !t.getName().startsWith("check-")) {
                names.add(t.getName());
            }
        }
        return names;
    }
}
