package io.threadlab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threadlab.experiment.gil.SimulatedGil;
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
        for (WorkerTrace w : timeline.workers()) {
            assertTrue(w.total(Activity.WAITING) > 0, w.label() + " waited for the GIL");
            assertTrue(w.total(Activity.RUNNING) > 0, w.label() + " ran");
        }
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
}
