/** Forgets that 0, 1 and negative numbers are not prime. */
public class Primes {
    public static boolean isPrime(long n) {
        for (long d = 2; d <= n / d; d++) {
            if (n % d == 0) {
                return false;
            }
        }
        return true;
    }
}
