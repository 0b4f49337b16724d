/** Stops one divisor too early: 9, 25, 49 ... come out prime. */
public class Primes {
    public static boolean isPrime(long n) {
        if (n < 2) {
            return false;
        }
        for (long d = 2; d * d < n; d++) {
            if (n % d == 0) {
                return false;
            }
        }
        return true;
    }
}
