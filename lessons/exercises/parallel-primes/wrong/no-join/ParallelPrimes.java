/** Starts the threads but never waits for them: the sum is read too early. */
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

    public static long sum(long limit, int threads) {
        long[] parts = new long[threads];
        for (int t = 0; t < threads; t++) {
            int me = t;
            new Thread(() -> {
                for (long n = me; n < limit; n += threads) {
                    if (isPrime(n)) {
                        parts[me] += n;
                    }
                }
            }).start();
        }
        long total = 0;
        for (long p : parts) {
            total += p;
        }
        return total;
    }
}
