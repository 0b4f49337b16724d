package io.threadlab.experiment.workloads;

import io.threadlab.command.Opt;
import io.threadlab.experiment.Params;
import io.threadlab.experiment.Task;
import io.threadlab.experiment.TaskSet;
import io.threadlab.experiment.WorkerContext;
import io.threadlab.experiment.Workload;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Sums the primes below a limit by trial division, in chunks: the CPU-bound seed of the
 * Python articles ("sum of all primes below 1,000,000"). Each result is checked against an
 * independent sieve of Eratosthenes, outside the timed run.
 */
public final class Primes implements Workload {
    public static final Opt<Long> LIMIT = Opt.number("limit", "sum primes below this", 5_000_000, 10, 50_000_000);
    public static final Opt<Long> CHUNK = Opt.number("chunk", "numbers per task", 10_000, 10, 50_000_000);
    private final long limit;
    private final long chunk;

    public Primes(Params params) {
        this.limit = params.get(LIMIT);
        this.chunk = params.get(CHUNK);
    }

    @Override
    public TaskSet tasks(int workers) {
        List<Task> tasks = new ArrayList<>();
        for (long lo = 0; lo < limit; lo += chunk) {
            long from = lo;
            long to = Math.min(limit, lo + chunk);
            tasks.add(ctx -> BigInteger.valueOf(sumPrimes(from, to, ctx)));
        }
        return TaskSet.summing(tasks);
    }

    static long sumPrimes(long from, long to, WorkerContext ctx) {
        long sum = 0;
        for (long n = from; n < to; n++) {
            ctx.checkpoint();
            if (isPrime(n)) {
                sum += n;
            }
        }
        return sum;
    }

    static boolean isPrime(long n) {
        if (n < 4) {
            return n >= 2;
        }
        if ((n & 1) == 0) {
            return false;
        }
        for (long d = 3; d * d <= n; d += 2) {
            if (n % d == 0) {
                return false;
            }
        }
        return true;
    }

    /** Sum of the primes below {@code limit}, by sieve: the independent check. */
    static BigInteger sieveSum(long limit) {
        int n = (int) limit;
        BitSet composite = new BitSet(n);
        long sum = 0;
        for (int i = 2; i < n; i++) {
            if (!composite.get(i)) {
                sum += i;
                for (long j = (long) i * i; j < n; j += i) {
                    composite.set((int) j);
                }
            }
        }
        return BigInteger.valueOf(sum);
    }

    @Override
    public Optional<String> verify(BigInteger result, int workers) {
        BigInteger expected = sieveSum(limit);
        return expected.equals(result) ? Optional.empty()
                : Optional.of("sum is " + result + " but a sieve says " + expected);
    }

    @Override
    public String describe(BigInteger result) {
        return String.format(Locale.ROOT, "%,d = sum of the primes below %,d", result, limit);
    }

}
