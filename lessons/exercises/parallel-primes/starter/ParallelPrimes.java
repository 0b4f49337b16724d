/** Sums the primes below a limit. Make it use 'threads' threads. */
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
        long total = 0;
        for (long n = 0; n < limit; n++) {
            if (isPrime(n)) {
                total += n;
            }
        }
        return total;
    }
}
