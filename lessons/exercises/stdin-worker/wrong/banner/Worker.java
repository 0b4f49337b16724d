import java.io.BufferedReader;
import java.io.InputStreamReader;

/** Greets the parent first: one line the protocol does not expect. */
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
        System.out.println("worker ready");
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        String line;
        while ((line = in.readLine()) != null) {
            long n = Long.parseLong(line.strip());
            System.out.println(n + " " + isPrime(n));
            System.out.flush();
        }
    }
}
