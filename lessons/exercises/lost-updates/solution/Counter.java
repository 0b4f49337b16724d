import java.util.concurrent.atomic.LongAdder;

/**
 * LongAdder keeps a cell per contending thread and adds them up in get(), so increments
 * rarely fight over one cache line. AtomicLong (one compare-and-set per increment) also passes.
 */
public class Counter {
    private final LongAdder count = new LongAdder();

    public void increment() {
        count.increment();
    }

    public long get() {
        return count.sum();
    }
}
