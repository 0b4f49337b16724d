import java.io.BufferedReader;
import java.io.InputStreamReader;

/** Given: reads one number per line until end of input, prints their sum, exits 0; a negative number makes it fail with exit status 1. */
public class SumWorker {
    public static void main(String[] args) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        long sum = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            long n = Long.parseLong(line.strip());
            if (n < 0) {
                System.err.println("negative input: " + n);
                System.exit(1);
            }
            sum += n;
        }
        System.out.println(sum);
    }
}
