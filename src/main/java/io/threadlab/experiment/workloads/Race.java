package io.threadlab.experiment.workloads;

import io.threadlab.command.Opt;
import io.threadlab.experiment.Params;
import io.threadlab.experiment.Task;
import io.threadlab.experiment.TaskSet;
import io.threadlab.experiment.WorkerContext;
import io.threadlab.experiment.Workload;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Each worker increments one shared counter: {@code x = x + 1} is not atomic, so the
 * unsafe counter loses updates, and each fix has a price.
 */
public final class Race implements Workload {
    private static final int CHECK_EVERY = 1024;
    public static final Opt<Long> INCREMENTS = Opt.number("increments", "increments per worker", 10_000_000, 1, 100_000_000);
    /** The counters; a row holds one. */
    public static final Opt<List<String>> COUNTER = Opt.choices("counter", "which counter(s) to use",
            List.of("unsafe", "synchronized", "atomic", "adder"), List.of("unsafe", "synchronized", "atomic", "adder"));
    /**
     * Whether the workers keep pace with each other. A million increments take about a
     * millisecond, less than the time the scheduler may leave a thread waiting while the JIT
     * compiler or another program has its core; the workers would then run one after the
     * other, and nothing would be lost. Sequential rows run one task after another on one
     * thread, and --gil rows let the simulated GIL decide the turns: neither keeps pace.
     */
    public static final Opt<String> PACE = Opt.choice("pace", "HOW", "whether workers keep pace with each other",
            "together", List.of("together", "free", "gil", "cpython")).hide();
    /** The counters CPython rows have: {@code x += 1}, and the same under a {@code threading.Lock}. */
    public static final List<String> PYTHON_COUNTERS = List.of("unsafe", "synchronized");
    /** How many chunks a worker may run ahead of the workers' average. */
    private static final long SLACK_CHUNKS = 8;
    /** Keeping pace never holds a worker up for longer than this in all. */
    private static final long PACE_LIMIT_NANOS = 200_000_000L;
    private final long increments;
    private final String counter;
    private final boolean paced;
    private final boolean underGil;
    private final boolean cpython;

    public Race(Params params) {
        this.increments = params.get(INCREMENTS);
        this.counter = params.get(COUNTER).getFirst();
        // Only the unsafe counter's result depends on the workers overlapping; the others are
        // right whatever the schedule, and pacing a contended lock makes its waiters take turns.
        this.paced = params.get(PACE).equals("together") && counter.equals("unsafe");
        this.underGil = params.get(PACE).equals("gil");
        this.cpython = params.get(PACE).equals("cpython");
    }

    @Override
    public TaskSet tasks(int workers) {
        Counter shared = newCounter();
        Pace pace = paced && workers > 1 ? new Pace(workers) : null;
        List<Task> tasks = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            tasks.add(ctx -> {
                long chunk = 0;
                for (long i = 0; i < increments; chunk++) {
                    ctx.checkpoint();
                    if (pace != null) {
                        pace.keep(ctx, chunk);
                    }
                    long end = Math.min(increments, i + CHECK_EVERY);
                    for (; i < end; i++) {
                        shared.increment();
                    }
                }
                if (pace != null) {
                    pace.done();
                }
                return BigInteger.ZERO;
            });
        }
        return new TaskSet(tasks, parts -> BigInteger.valueOf(shared.get()));
    }

    private Counter newCounter() {
        return switch (counter) {
            case "unsafe" -> new UnsafeCounter();
            case "synchronized" -> new SynchronizedCounter();
            case "atomic" -> new Counter() {
                private final AtomicLong value = new AtomicLong();
                public void increment() { value.incrementAndGet(); }
                public long get() { return value.get(); }
            };
            case "adder" -> new Counter() {
                private final LongAdder value = new LongAdder();
                public void increment() { value.increment(); }
                public long get() { return value.sum(); }
            };
            default -> throw new IllegalArgumentException("unknown counter " + counter);
        };
    }

    @Override
    public Optional<String> verify(BigInteger result, int workers) {
        long expected = increments * workers;
        if (result.longValue() == expected || counter.equals("unsafe")) {
            return Optional.empty();
        }
        return Optional.of("the " + counter + " counter reached " + result + ", not " + expected);
    }

    /** The lost updates are the lesson, so results differ between runs by design. */
    @Override
    public boolean resultsMustAgree() {
        return false;
    }

    @Override
    public String describe(BigInteger result) {
        return String.format(Locale.ROOT, "counter = %,d", result);
    }

    /**
     * The lost updates of the last repeat, and in how many repeats any were lost: whether a
     * race shows up depends on timing, so one repeat alone says little.
     */
    @Override
    public String detail(List<BigInteger> repeats, int workers) {
        long expected = increments * workers;
        long lost = expected - repeats.getLast().longValue();
        long lossy = repeats.stream().filter(r -> r.longValue() != expected).count();
        String last = lost == 0 ? "no updates lost"
                : String.format(Locale.ROOT, "%,d updates lost (%.1f%%)", lost, 100.0 * lost / expected);
        // The simulated GIL hands over at checkpoints between increments, never inside one.
        String why = underGil && counter.equals("unsafe") && lossy == 0
                ? ": the simulated GIL switches threads only between increments, as CPython 3.10 and later do"
                  + " (they look for a switch at calls and loop jumps, not inside x += 1; older versions could switch there)"
                : "";
        if (cpython && counter.equals("unsafe") && lossy == 0 && workers > 1) {
            why = ": CPython 3.10 and later switch threads only at calls and loop jumps, never inside x += 1;"
                    + " 3.9 and older could switch there and lost updates, and so do free-threaded builds";
        }
        // Nothing lost proves nothing: say so, so that no one reads it as a safe counter.
        if (why.isEmpty() && lossy == 0 && counter.equals("unsafe") && workers > 1) {
            why = ": this run did not show the race, which says nothing about safety; threads that run at the same"
                    + " moment lose updates, and a busy machine can keep them from it. Run it again";
        }
        if (repeats.size() == 1) {
            return last + why;
        }
        if (lossy == 0) {
            return String.format(Locale.ROOT, "no updates lost in any of %d repeats", repeats.size()) + why;
        }
        return String.format(Locale.ROOT, "%s; updates lost in %d of %d repeats", last, lossy, repeats.size());
    }

    /**
     * Keeps the workers counting at the same time: one that gets more than a few chunks ahead
     * of the average waits for the others. Without it a worker delayed by the scheduler
     * starts after the other has finished, and the run shows no race though there is one.
     */
    private static final class Pace {
        private final AtomicLong chunks = new AtomicLong();
        private final int workers;
        private final AtomicLong waitedNanos = new AtomicLong();

        Pace(int workers) {
            this.workers = workers;
        }

        void keep(WorkerContext ctx, long mine) {
            if (mine > 0) {
                chunks.incrementAndGet();
            }
            if (mine * workers <= chunks.get() + SLACK_CHUNKS * workers || waitedNanos.get() > PACE_LIMIT_NANOS) {
                return;
            }
            long start = System.nanoTime();
            long spins = 0;
            while (mine * workers > chunks.get() + SLACK_CHUNKS * workers) {
                ctx.checkpoint();
                // Spin briefly, then let the late worker have this core if it shares it.
                if (++spins < 1_000) {
                    Thread.onSpinWait();
                } else {
                    Thread.yield();
                }
                if (System.nanoTime() - start + waitedNanos.get() > PACE_LIMIT_NANOS) {
                    break;
                }
            }
            waitedNanos.addAndGet(System.nanoTime() - start);
        }

        /** A finished worker no longer holds the average back. */
        void done() {
            chunks.addAndGet(Long.MAX_VALUE / 4 / workers);
        }
    }


    interface Counter {
        void increment();

        long get();
    }

    /**
     * Read, add one, write back, as {@code x = x + 1} does, with nothing stopping two threads
     * from interleaving. Opaque accesses keep every read and write in the compiled code: on a
     * plain field the JIT may merge a thousand increments into one add, which hides the race
     * in a way that depends on the compiler rather than showing it.
     */
    static final class UnsafeCounter implements Counter {
        private static final java.lang.invoke.VarHandle COUNT;

        static {
            try {
                COUNT = java.lang.invoke.MethodHandles.lookup().findVarHandle(UnsafeCounter.class, "count", long.class);
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }

        @SuppressWarnings("unused") // accessed through COUNT
        private long count;

        public void increment() {
            long read = (long) COUNT.getOpaque(this);
            COUNT.setOpaque(this, read + 1);
        }

        public long get() {
            return (long) COUNT.getVolatile(this);
        }
    }

    static final class SynchronizedCounter implements Counter {
        private long count;

        public synchronized void increment() {
            count++;
        }

        public synchronized long get() {
            return count;
        }
    }
}
