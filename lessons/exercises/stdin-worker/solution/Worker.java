import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;

/** One answer per request, flushed at once; end of input ends the worker. */
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
        PrintWriter out = new PrintWriter(System.out, true);
        String line;
        while ((line = in.readLine()) != null) {
            long n = Long.parseLong(line.strip());
            out.println(n + " " + isPrime(n));
        }
    }
}
