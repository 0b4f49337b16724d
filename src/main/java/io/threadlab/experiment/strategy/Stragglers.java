package io.threadlab.experiment.strategy;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Threads of a cancelled run that are still ending. Waking a million interrupted virtual
 * threads takes seconds on two cores (measured: 10 to 20 s), far longer than the second a
 * Ctrl-C may take. So a cancelled pool that has not ended within {@link #GRACE_MILLIS} is
 * handed here: the prompt comes back at once, every one of its threads has been interrupted
 * and ends on its own, and the next run waits until they have, so that they neither outlive
 * the shell's account of them nor skew the next measurement.
 */
public final class Stragglers {
    static final long GRACE_MILLIS = 100;
    private static final Set<ExecutorService> ENDING = ConcurrentHashMap.newKeySet();

    private Stragglers() {}

    /**
     * Stops a cancelled pool: interrupts its threads (itself a matter of a second for a million
     * of them, so on a thread of its own) and waits briefly for them.
     *
     * @return true if the pool is still ending, and is kept here
     */
    static boolean stop(ExecutorService pool) {
        ENDING.add(pool);
        Thread.ofPlatform().daemon(true).name("stop-cancelled-run").start(() -> {
            pool.shutdownNow();
            try {
                pool.awaitTermination(10, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                // The shell is ending; its threads end with it.
            }
        });
        boolean interrupted = Thread.interrupted();
        try {
            pool.awaitTermination(GRACE_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            interrupted = true;
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        return pending();
    }

    /** True while a cancelled run's threads are still ending. */
    public static boolean pending() {
        ENDING.removeIf(ExecutorService::isTerminated);
        return !ENDING.isEmpty();
    }

    /** Waits until every cancelled run's threads have ended; a Ctrl-C stops the wait. */
    public static void await(Runnable whileWaiting) throws InterruptedException {
        while (pending()) {
            whileWaiting.run();
            for (ExecutorService pool : ENDING) {
                pool.awaitTermination(100, TimeUnit.MILLISECONDS);
            }
        }
    }
}
