package io.threadlab.experiment.workloads;

import io.threadlab.command.Opt;
import io.threadlab.experiment.Params;
import io.threadlab.experiment.Task;
import io.threadlab.experiment.TaskSet;
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
    public static final Opt<Long> INCREMENTS = Opt.number("increments", "increments per worker", 1_000_000, 1, 100_000_000);
    /** The counters; a row holds one. */
    public static final Opt<List<String>> COUNTER = Opt.choices("counter", "which counter(s) to use",
            List.of("unsafe", "synchronized", "atomic", "adder"), List.of("unsafe", "synchronized", "atomic", "adder"));
    private final long increments;
    private final String counter;

    public Race(Params params) {
        this.increments = params.get(INCREMENTS);
        this.counter = params.get(COUNTER).getFirst();
    }

    @Override
    public TaskSet tasks(int workers) {
        Counter shared = newCounter();
        List<Task> tasks = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            tasks.add(ctx -> {
                for (long i = 0; i < increments; ) {
                    ctx.checkpoint();
                    long end = Math.min(increments, i + CHECK_EVERY);
                    for (; i < end; i++) {
                        shared.increment();
                    }
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

    @Override
    public String detail(BigInteger result, int workers) {
        long lost = increments * workers - result.longValue();
        return lost == 0 ? "no updates lost" : String.format(Locale.ROOT, "%,d updates lost (%.1f%%)", lost,
                100.0 * lost / (increments * workers));
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
