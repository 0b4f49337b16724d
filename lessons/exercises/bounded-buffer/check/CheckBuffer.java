import io.threadlab.exercise.api.Check;
import io.threadlab.exercise.api.Failure;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/** Waiting takes and puts park and wake; 80,000 numbers pass through 4 producers and 4 consumers exactly once. */
public class CheckBuffer implements Check {
    @Override
    public String run() throws Exception {
        BoundedBuffer<String> empty = new BoundedBuffer<>(2);
        AtomicReference<Object> got = new AtomicReference<>();
        Thread taker = background("taker", () -> got.set(empty.take()));
        parked(taker, "take() on an empty buffer");
        empty.put("first");
        taker.join(1_000);
        Failure.unless(!taker.isAlive(), "take() was still waiting 1 s after put(\"first\"): the put did not wake it");
        Failure.unless("first".equals(got.get()), "take() returned " + got.get() + " instead of \"first\"");

        BoundedBuffer<String> full = new BoundedBuffer<>(2);
        full.put("a");
        full.put("b");
        Thread putter = background("putter", () -> full.put("c"));
        parked(putter, "put() on a buffer holding its capacity of 2");
        Failure.unless("a".equals(full.take()), "take() on [a, b] did not return the oldest item, a");
        putter.join(1_000);
        Failure.unless(!putter.isAlive(), "put(\"c\") was still waiting 1 s after a take() made room");
        Failure.unless("b".equals(full.take()) && "c".equals(full.take()), "after put(c), the buffer did not hold b then c");

        Thread interrupted = background("interrupted", () -> {
            try {
                empty.take();
                got.set("returned");
            } catch (InterruptedException e) {
                got.set("interrupted");
            }
        });
        parked(interrupted, "take() on an empty buffer");
        interrupted.interrupt();
        interrupted.join(1_000);
        Failure.unless("interrupted".equals(got.get()), "interrupting a thread waiting in take() did not throw InterruptedException");

        int each = 20_000;
        BoundedBuffer<Integer> buffer = new BoundedBuffer<>(16);
        ConcurrentHashMap<Integer, Integer> seen = new ConcurrentHashMap<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            Future<?>[] jobs = new Future<?>[8];
            for (int p = 0; p < 4; p++) {
                int base = p * each;
                jobs[p] = pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        buffer.put(base + i);
                    }
                    return null;
                });
            }
            for (int c = 0; c < 4; c++) {
                jobs[4 + c] = pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        Integer n = buffer.take();
                        Failure.unless(n != null, "take() returned null");
                        Integer before = seen.put(n, 1);
                        Failure.unless(before == null, "the number " + n + " was taken twice");
                    }
                    return null;
                });
            }
            for (Future<?> job : jobs) {
                try {
                    job.get(15, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    pool.shutdownNow();
                    throw new Failure("4 producers and 4 consumers had not passed 80,000 numbers through after 15 s: a"
                            + " waiting thread was never woken, or an item was lost (" + seen.size() + " arrived)");
                }
            }
        }
        Failure.unless(seen.size() == 4 * each, seen.size() + " of " + 4 * each + " numbers arrived");
        return "take() on empty and put() on full parked (WAITING) and woke when the other side acted; an interrupt ended"
                + " a waiting take(); 4 producers and 4 consumers passed 80,000 numbers through 16 slots, each exactly once";
    }

    interface Body {
        void run() throws Exception;
    }

    static Thread background(String name, Body body) {
        Thread t = new Thread(() -> {
            try {
                body.run();
            } catch (Exception e) {
                // the checks on the thread's state and results say what went wrong
            }
        }, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** The thread has stayed blocked for 300 ms, and is parked, not sleeping or spinning. */
    static void parked(Thread t, String what) throws InterruptedException {
        Thread.sleep(300);
        Failure.unless(t.isAlive(), what + " returned at once instead of waiting");
        for (int i = 0; i < 20; i++) {
            Thread.State s = t.getState();
            Failure.unless(s == Thread.State.WAITING, what + " was " + s + " while it waited; a waiting thread should park"
                    + " (WAITING, as Condition.await() does), not sleep and look again");
            Thread.sleep(5);
        }
    }
}
