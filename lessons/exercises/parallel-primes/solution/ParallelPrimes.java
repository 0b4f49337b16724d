import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Small chunks on a fixed pool: each task returns its own partial sum; closing the pool waits for all. */
public class ParallelPrimes {

    static boolean isPrime(long n) {
        if (n < 2) {
            return false;
        }
        for (long d = 2; d <= n / d; d++) {
            if (n % d == 0) {
                return false;
            }
        }
        return true;
    }

    public static long sum(long limit, int threads) throws Exception {
        long chunk = Math.max(1_000, limit / (threads * 16L));
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<Long>> parts = new ArrayList<>();
            for (long lo = 0; lo < limit; lo += chunk) {
                long from = lo;
                long to = Math.min(limit, lo + chunk);
                parts.add(pool.submit(() -> {
                    long part = 0;
                    for (long n = from; n < to; n++) {
                        if (isPrime(n)) {
                            part += n;
                        }
                    }
                    return part;
                }));
            }
            long total = 0;
            for (Future<Long> part : parts) {
                total += part.get();
            }
            return total;
        }
    }
}
