import io.threadlab.exercise.api.Check;
import io.threadlab.exercise.api.Concurrently;
import io.threadlab.exercise.api.Failure;
import java.util.concurrent.atomic.AtomicLong;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.Operation;

/**
 * Throughput against AtomicLong first (so a slow fix fails fast); then Lincheck's model checker,
 * which runs increment() and get() on several threads and tries their interleavings one by one,
 * printing the one that loses an update; then stress runs with exact counts.
 */
public class CheckCounter implements Check {
    /** The operations Lincheck may interleave, on one shared Counter. */
    public static class Model {
        private final Counter counter = new Counter();

        @Operation
        public void increment() {
            counter.increment();
        }

        @Operation
        public long get() {
            return counter.get();
        }
    }
    static final int THREADS = 8;
    static final int INCREMENTS = 100_000;
    static final int ROUNDS = 20;
    static final long WINDOW_MS = 200;
    /** Enough to find the lost update in every known-wrong counter every time; Lincheck's start-up dominates anyway. */
    static final int SCENARIOS = 3;
    static final int INTERLEAVINGS = 200;

    @Override
    public String run() throws Exception {
        Counter warm = new Counter();
        long warmUntil = System.nanoTime() + 200_000_000L; // time-boxed: a slow counter must not stall here
        for (int i = 0; i < 200_000 && System.nanoTime() < warmUntil; i++) {
            warm.increment();
        }
        long atomic = throughput(new AtomicLong()::incrementAndGet);
        long mine = throughput(new Counter()::increment);
        if (mine * 20 < atomic) {
            throw new Failure(String.format("too slow: %,d increments per second from 8 threads, against %,d for AtomicLong;"
                    + " the limit is 20 times slower (measured over %d ms)", mine, atomic, WINDOW_MS));
        }
        try {
            new ModelCheckingOptions().iterations(SCENARIOS).invocationsPerIteration(INTERLEAVINGS).check(Model.class);
        } catch (AssertionError e) {
            throw new Failure("Lincheck's model checker found an interleaving that loses an update. Each column is a"
                    + " thread; read down:\n" + interleaving(e.getMessage()));
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
        return String.format("Lincheck's model checker found no bad interleaving (%d scenarios × %d interleavings);"
                + " no lost update in %d runs of %d threads × %,d increments; %,d increments per second,"
                + " %.0f%% of AtomicLong's %,d", SCENARIOS, INTERLEAVINGS, ROUNDS, THREADS, INCREMENTS, mine,
                100.0 * mine / atomic, atomic);
    }

    /** The results table and the interleaving from Lincheck's report, without the long detailed trace. */
    static String interleaving(String report) {
        String text = report == null ? "" : report.strip();
        int detailed = text.indexOf("Detailed trace:");
        return detailed > 0 ? text.substring(0, detailed).strip() : text;
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
