import io.threadlab.exercise.api.Check;
import io.threadlab.exercise.api.Failure;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Drives Worker as a child JVM, one request at a time, then closes its stdin and waits for it to exit. */
public class CheckWorker implements Check {
    static final long[] NUMBERS = {7, 1, 2, 9, 97, 1_000_003, 1_000_004, 2_147_483_647L, 0, 561};
    static final int ROUNDS = 10;

    @Override
    public String run() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-Xmx64m", "-cp", System.getProperty("java.class.path"), "Worker")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BlockingQueue<String> lines = new LinkedBlockingQueue<>();
            Thread.ofPlatform().daemon(true).start(() -> {
                try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line = out.readLine(); line != null; line = out.readLine()) {
                        lines.add(line);
                    }
                } catch (Exception ignored) {
                    // The child went away; the checks below say so.
                }
            });
            PrintStream in = new PrintStream(child.getOutputStream(), true, StandardCharsets.UTF_8);
            int asked = 0;
            for (int round = 0; round < ROUNDS; round++) {
                for (long n : NUMBERS) {
                    in.println(n);
                    asked++;
                    String answer = lines.poll(3, TimeUnit.SECONDS);
                    if (answer == null) {
                        throw new Failure("sent \"" + n + "\" (request " + asked + ") and got no answer within 3 s;"
                                + " answer each line as it arrives, and flush stdout");
                    }
                    String want = n + " " + isPrime(n);
                    Failure.unless(want.equals(answer.strip()), "sent \"" + n + "\" (request " + asked + ") and got \""
                            + answer + "\"; the answer should be \"" + want + "\", with nothing else on stdout");
                }
            }
            in.close();
            if (!child.waitFor(2, TimeUnit.SECONDS)) {
                throw new Failure("stdin was closed after " + asked + " requests, but the worker was still running 2 s"
                        + " later; readLine() returns null at end of input: stop then");
            }
            Failure.unless(child.exitValue() == 0, "the worker exited with status " + child.exitValue() + ", not 0");
            String extra = lines.poll(200, TimeUnit.MILLISECONDS);
            Failure.unless(extra == null, "the worker printed \"" + extra + "\" after the last answer");
            return "a child JVM answered " + asked + " requests one at a time, each within 3 s, then exited with"
                    + " status 0 when its stdin closed";
        } finally {
            child.destroyForcibly();
        }
    }

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
}
