import java.io.BufferedReader;
import java.io.InputStreamReader;

/** Treats end of input as "nothing yet" and keeps polling, so it never exits. */
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
        while (true) {
            String line = in.readLine();
            if (line == null) {
                Thread.sleep(10);
                continue;
            }
            long n = Long.parseLong(line.strip());
            System.out.println(n + " " + isPrime(n));
            System.out.flush();
        }
    }
}
