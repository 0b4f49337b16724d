import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.List;

/** Reads numbers from stdin and says which are prime. Answers too late for a line protocol. */
public class Worker {

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

    public static void main(String[] args) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        List<Long> numbers = new ArrayList<>();
        String line;
        while ((line = in.readLine()) != null) {
            numbers.add(Long.parseLong(line.strip()));
        }
        for (long n : numbers) {
            System.out.println(n + " " + isPrime(n));
        }
    }
}
