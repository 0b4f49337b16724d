import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;

/** Writes into a buffer that is only flushed at the end: the parent waits for an answer that sits in it. */
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
        BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out));
        String line;
        while ((line = in.readLine()) != null) {
            long n = Long.parseLong(line.strip());
            out.write(n + " " + isPrime(n));
            out.newLine();
        }
        out.flush();
    }
}
