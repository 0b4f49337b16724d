package io.threadlab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threadlab.experiment.SimulatedGil;
import io.threadlab.experiment.trace.Activity;
import io.threadlab.experiment.trace.Timeline;
import io.threadlab.experiment.trace.WorkerTrace;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SimulatedGilTest {
    @Test
    void onlyTheHolderRunsAndWaitersGetTheirTurn() throws Exception {
        SimulatedGil gil = new SimulatedGil(1);
        Cancellation cancellation = new Cancellation();
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger maxInside = new AtomicInteger();
        Timeline timeline = new Timeline();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 3; t++) {
            WorkerContext ctx = new WorkerContext(cancellation, gil, timeline.newWorker("t" + t));
            threads.add(Thread.ofPlatform().start(() -> {
                try {
                    ctx.run(c -> {
                        long end = System.nanoTime() + 60_000_000;
                        while (System.nanoTime() < end) {
                            maxInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
                            inside.decrementAndGet();
                            c.checkpoint();
                        }
                        return java.math.BigInteger.ONE;
                    });
                } catch (Exception e) {
                    throw new RuntimeException(e);
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        timeline.finish();
        assertEquals(1, maxInside.get(), "never two holders at once");
        assertTrue(gil.switches() > 10, "a 1 ms interval over ~180 ms of work forces many switches: " + gil.switches());
        long running = 0;
        for (WorkerTrace w : timeline.workers()) {
            assertTrue(w.total(Activity.WAITING) > 0, w.label() + " waited for the GIL");
            assertTrue(w.total(Activity.RUNNING) > 0, w.label() + " ran");
            running += w.total(Activity.RUNNING);
        }
        assertTrue(running <= timeline.lengthNanos() * 1.02,
                "one holder at a time, so the running time adds up to at most the run: " + running / 1e6 + " ms of "
                        + timeline.lengthNanos() / 1e6);
    }

    @Test
    void aPoolUnderTheGilNeverShowsTwoRunnersAtOnce() throws Exception {
        var primes = new io.threadlab.experiment.workloads.Primes(Params.empty().with(io.threadlab.experiment.workloads.Primes.LIMIT, 600_000L).with(io.threadlab.experiment.workloads.Primes.CHUNK, 5_000L));
        Timeline timeline = new Timeline();
        SimulatedGil gil = new SimulatedGil(2);
        new io.threadlab.experiment.strategy.ExecutorStrategy(Mode.THREADS)
                .execute(primes, primes.tasks(3).tasks(), new io.threadlab.experiment.strategy.Execution(3, new Cancellation(), gil, timeline));
        timeline.finish();
        List<long[]> running = new ArrayList<>();
        for (WorkerTrace w : timeline.workers()) {
            for (int i = 0; i < w.size(); i++) {
                if (w.activity(i) == Activity.RUNNING) {
                    running.add(new long[] {w.start(i), w.end(i)});
                }
            }
        }
        running.sort(java.util.Comparator.comparingLong(x -> x[0]));
        long end = 0;
        for (long[] interval : running) {
            assertTrue(interval[0] >= end, "two workers shown running at once around " + interval[0] / 1e6 + " ms");
            end = Math.max(end, interval[1]);
        }
        assertTrue(gil.switches() > 3, "the workers took turns: " + gil.switches());
    }

    @Test
    void blockingReleasesTheGil() throws Exception {
        SimulatedGil gil = new SimulatedGil(5);
        Cancellation cancellation = new Cancellation();
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < 4; t++) {
            WorkerContext ctx = new WorkerContext(cancellation, gil, WorkerTrace.OFF);
            threads.add(Thread.ofPlatform().start(() -> {
                try {
                    ctx.run(c -> c.blocking(() -> {
                        Thread.sleep(300);
                        return java.math.BigInteger.ONE;
                    }));
                } catch (Exception e) {
                    throw new RuntimeException(e);
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertTrue(ms < 1_100, "four 300 ms sleeps overlapped under the GIL, took " + ms + " ms");
    }

    /**
     * A pool worker keeps the lock from one queued task to the next, as CPython's do: 400
     * tasks of 0.1 ms under a 5 ms interval change hands about once per interval, not once
     * per task.
     */
    @Test
    void queuedTasksDoNotHandTheLockOverAtEveryBoundary() throws Exception {
        SimulatedGil gil = new SimulatedGil(5);
        Cancellation cancellation = new Cancellation();
        int count = 400;
        List<Task> tasks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            tasks.add(c -> {
                long end = System.nanoTime() + 100_000;
                while (System.nanoTime() < end) {
                    c.checkpoint();
                }
                return java.math.BigInteger.ONE;
            });
        }
        AtomicInteger next = new AtomicInteger();
        java.math.BigInteger[] results = new java.math.BigInteger[count];
        Timeline timeline = new Timeline();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            WorkerContext ctx = new WorkerContext(cancellation, gil, timeline.newWorker("w" + t));
            threads.add(Thread.ofPlatform().start(() -> {
                try {
                    ctx.runEach(() -> {
                        int i = next.getAndIncrement();
                        return i < count ? i : -1;
                    }, tasks, results);
                } catch (Exception e) {
                    throw new RuntimeException(e);
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        timeline.finish();
        for (java.math.BigInteger r : results) {
            assertEquals(java.math.BigInteger.ONE, r, "every task ran once");
        }
        int started = timeline.workers().stream().mapToInt(WorkerTrace::tasks).sum();
        assertEquals(count, started, "each task's start is on a timeline");
        assertTrue(gil.switches() < count / 4, "switches follow the interval, not the tasks: " + gil.switches()
                + " switches for " + count + " tasks in " + timeline.lengthNanos() / 1e6 + " ms");
    }
}
