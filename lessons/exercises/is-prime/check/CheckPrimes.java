import io.threadlab.exercise.api.Check;
import io.threadlab.exercise.api.Failure;
import java.util.BitSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Every n below 200,000 against a sieve, chosen large cases, then all n below 2,000,000 within a time limit. */
public class CheckPrimes implements Check {
    static final int SMALL = 200_000;
    static final int LARGE = 2_000_000;
    static final long LIMIT_MS = 4_000;
    /** Every n below 200,000 takes a sound isPrime about 20 ms; far over this, it is trying too many divisors. */
    static final long SMALL_LIMIT_MS = 1_500;

    @Override
    public String run() throws Exception {
        // The whole check runs under one time limit, so slow code gets "too slow", not a hang.
        CompletableFuture<String> check = CompletableFuture.supplyAsync(() -> {
            try {
                return checkAll();
            } catch (Exception e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }, task -> Thread.ofPlatform().daemon(true).name("primes-check").start(task));
        try {
            return check.get(LIMIT_MS + 1_000, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new Failure("too slow: the checks did not finish within " + (LIMIT_MS + 1_000) / 1000 + " s;"
                    + " a divisor bigger than the square root is never needed");
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    private String checkAll() throws Exception {
        BitSet composite = new BitSet(SMALL);
        for (int i = 2; (long) i * i < SMALL; i++) {
            if (!composite.get(i)) {
                for (int j = i * i; j < SMALL; j += i) {
                    composite.set(j);
                }
            }
        }
        long smallStart = System.nanoTime();
        for (long n = -5; n < SMALL; n++) {
            if (n % 1_000 == 0 && System.nanoTime() - smallStart > SMALL_LIMIT_MS * 1_000_000) {
                double rate = n / ((System.nanoTime() - smallStart) / 1e9);
                throw new Failure(String.format(java.util.Locale.ROOT, "too slow: after %.1f s isPrime had only reached n = %,d"
                        + " (of the numbers below 200,000 a sound one checks in about 20 ms); it tries far too many"
                        + " divisors: one bigger than the square root is never needed", SMALL_LIMIT_MS / 1000.0, n));
            }
            boolean prime = n >= 2 && !composite.get((int) n);
            if (Primes.isPrime(n) != prime) {
                throw new Failure("isPrime(" + n + ") returned " + !prime + ", but " + n + (prime ? " is prime" : " is not prime"));
            }
        }
        long[][] cases = {{2_147_483_647L, 1}, {4_294_967_291L, 1}, {1_000_000_007L, 1}, {2_147_483_647L * 3, 0},
            {1_000_003L * 1_000_003L, 0}, {Long.MIN_VALUE, 0}, {-7, 0}};
        for (long[] c : cases) {
            if (Primes.isPrime(c[0]) != (c[1] == 1)) {
                throw new Failure("isPrime(" + c[0] + ") returned " + (c[1] != 1) + ", but " + c[0]
                        + (c[1] == 1 ? " is prime" : " is not prime"));
            }
        }
        long start = System.nanoTime();
        CompletableFuture<Integer> all = CompletableFuture.supplyAsync(() -> {
            int count = 0;
            for (long n = 0; n < LARGE; n++) {
                if (Primes.isPrime(n)) {
                    count++;
                }
            }
            return count;
        });
        int count;
        try {
            count = all.get(LIMIT_MS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new Failure("too slow: testing every number below 2,000,000 took over " + LIMIT_MS / 1000
                    + " s; a divisor bigger than the square root is never needed");
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        Failure.unless(count == 148_933, "found " + count + " primes below 2,000,000; there are 148,933");
        return "every n from -5 to 199,999 against a sieve, 7 chosen large and negative cases, and all 148,933 primes"
                + " below 2,000,000 in " + ms + " ms (limit " + LIMIT_MS / 1000 + " s)";
    }
}
