import io.threadlab.exercise.api.Check;
import io.threadlab.exercise.api.Concurrently;
import io.threadlab.exercise.api.Failure;
import java.util.concurrent.atomic.AtomicLong;

/** Throughput against AtomicLong first (so a slow fix fails fast), then exact counts under contention. */
public class CheckCounter implements Check {
    static final int THREADS = 8;
    static final int INCREMENTS = 100_000;
    static final int ROUNDS = 20;
    static final long WINDOW_MS = 300;

    @Override
    public String run() throws Exception {
        Counter warm = new Counter();
        for (int i = 0; i < 200_000; i++) {
            warm.increment();
        }
        long atomic = throughput(new AtomicLong()::incrementAndGet);
        long mine = throughput(new Counter()::increment);
        if (mine * 20 < atomic) {
            throw new Failure(String.format("too slow: %,d increments per second from 8 threads, against %,d for AtomicLong;"
                    + " the limit is 20 times slower (measured over %d ms)", mine, atomic, WINDOW_MS));
        }
        for (int round = 1; round <= ROUNDS; round++) {
            Counter counter = new Counter();
            Concurrently.run(THREADS, t -> {
                for (int i = 0; i < INCREMENTS; i++) {
                    counter.increment();
                }
            });
            long expected = (long) THREADS * INCREMENTS;
            if (counter.get() != expected) {
                throw new Failure(String.format("lost updates: %d threads × %,d increments ended at %,d, not %,d"
                        + " (%,d lost, in round %d of %d)", THREADS, INCREMENTS, counter.get(), expected,
                        expected - counter.get(), round, ROUNDS));
            }
        }
        return String.format("no lost update in %d runs of %d threads × %,d increments; %,d increments per second,"
                + " %.0f%% of AtomicLong's %,d", ROUNDS, THREADS, INCREMENTS, mine, 100.0 * mine / atomic, atomic);
    }

    /** Increments per second from 8 threads hammering one counter for a fixed window. */
    static long throughput(Runnable increment) throws Exception {
        long[] done = new long[THREADS];
        long end = System.nanoTime() + WINDOW_MS * 1_000_000;
        Concurrently.run(THREADS, t -> {
            long n = 0;
            while (System.nanoTime() < end) {
                for (int i = 0; i < 64; i++) {
                    increment.run();
                }
                n += 64;
            }
            done[t] = n;
        });
        long total = 0;
        for (long n : done) {
            total += n;
        }
        return total * 1000 / WINDOW_MS;
    }
}
