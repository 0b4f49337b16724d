/** Primality by trial division. */
public class Primes {
    public static boolean isPrime(long n) {
        // TODO: return whether n is prime
        return false;
    }
}
