import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Right answer, but the pool is never shut down: its threads outlive the call. */
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
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Long>> parts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int me = t;
            parts.add(pool.submit(() -> {
                long part = 0;
                for (long n = me; n < limit; n += threads) {
                    if (isPrime(n)) {
                        part += n;
                    }
                }
                return part;
            }));
        }
        long total = 0;
        for (Future<Long> p : parts) {
            total += p.get();
        }
        return total;
    }
}
