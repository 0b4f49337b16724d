/** Correct, but tries every divisor below n: far too slow for millions of numbers. */
public class Primes {
    public static boolean isPrime(long n) {
        if (n < 2) {
            return false;
        }
        for (long d = 2; d < n; d++) {
            if (n % d == 0) {
                return false;
            }
        }
        return true;
    }
}
