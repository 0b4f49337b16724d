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

/**
 * For each of {@code count} numbers n = size + x, sums i*i for i &lt; n: the articles'
 * {@code cpu_bound(5_000_000 + x)}. The sum is kept exactly in 128 bits with an explicit
 * carry, which also keeps the JIT from replacing the loop with a closed form; the closed
 * form is used only to check the result afterwards.
 */
public final class Squares implements Workload {
    private static final int CHECK_EVERY = 1 << 16;
    public static final Opt<Long> COUNT = Opt.number("count", "how many numbers (one task each)", 20, 1, 10_000);
    public static final Opt<Long> SIZE = Opt.number("size", "the first number n; the others are n+1, n+2, ...",
            100_000_000, 1, 1_000_000_000);
    private final int count;
    private final long size;

    public Squares(Params params) {
        this.count = params.get(COUNT).intValue();
        this.size = params.get(SIZE);
    }

    @Override
    public TaskSet tasks(int workers) {
        List<Task> tasks = new ArrayList<>();
        for (int x = 0; x < count; x++) {
            long n = size + x;
            tasks.add(ctx -> sumOfSquares(n, ctx));
        }
        return TaskSet.summing(tasks);
    }

    static BigInteger sumOfSquares(long n, WorkerContext ctx) {
        return sumOfSquares(0, n, ctx);
    }

    /** The sum of i*i for lo ≤ i &lt; hi, exact in 128 bits. */
    static BigInteger sumOfSquares(long lo, long hi, WorkerContext ctx) {
        long[] sum = new long[2]; // the low 64 bits, and the carries into the high word
        for (long i = lo; i < hi; i += CHECK_EVERY) {
            ctx.checkpoint();
            addSquares(i, Math.min(hi, i + CHECK_EVERY), sum);
        }
        return BigInteger.valueOf(sum[1]).shiftLeft(64).add(new BigInteger(Long.toUnsignedString(sum[0])));
    }

    /**
     * Adds i*i for lo ≤ i &lt; hi to the 128-bit sum. A method of its own, called once per block:
     * as one long loop inside a method called a few times, the JIT compiled it only by on-stack
     * replacement, and the first rows of a run (sequential) took up to twice as long as the
     * same work timed again at the end ('amdahl --serial 50': 360 ms, then 230 ms).
     */
    private static void addSquares(long lo, long hi, long[] sum) {
        long low = sum[0];
        long high = sum[1];
        for (long i = lo; i < hi; i++) {
            long before = low;
            low += i * i;
            if (Long.compareUnsigned(low, before) < 0) {
                high++;
            }
        }
        sum[0] = low;
        sum[1] = high;
    }

    /** n(n-1)(2n-1)/6: the sum of i*i for i below n. */
    static BigInteger closedForm(long n) {
        BigInteger b = BigInteger.valueOf(n);
        return b.multiply(b.subtract(BigInteger.ONE)).multiply(b.shiftLeft(1).subtract(BigInteger.ONE))
                .divide(BigInteger.valueOf(6));
    }

    @Override
    public Optional<String> verify(BigInteger result, int workers) {
        BigInteger expected = BigInteger.ZERO;
        for (int x = 0; x < count; x++) {
            expected = expected.add(closedForm(size + x));
        }
        return expected.equals(result) ? Optional.empty()
                : Optional.of("total is " + result + " but the closed form says " + expected);
    }

    @Override
    public String describe(BigInteger result) {
        return String.format(Locale.ROOT, "%,d = sum over %d numbers from %,d of their sums of squares", result, count, size);
    }

}
