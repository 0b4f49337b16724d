import io.threadlab.exercise.api.Check;
import io.threadlab.exercise.api.Failure;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/** A short scan completes; a long one, cancelled after 200 ms, frees its thread within 500 ms and does not hide it. */
public class CheckScan implements Check {
    @Override
    public String run() throws Exception {
        Failure.unless(Scan.run(20) == 20, "Scan.run(20) did not return 20 when nobody cancelled it");
        ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "scan-pool");
            t.setDaemon(true); // a scan that never stops must not keep this JVM alive
            return t;
        });
        AtomicReference<String> ending = new AtomicReference<>("still running");
        try {
            Future<?> scan = pool.submit(() -> {
                try {
                    long read = Scan.run(1_000_000_000L);
                    ending.set(Thread.currentThread().isInterrupted() ? "returned with the interrupt flag set"
                            : "returned " + read + " with the interrupt flag cleared");
                } catch (Exception e) { // Exception, so that this compiles whatever run() declares
                    ending.set(e instanceof InterruptedException ? "threw InterruptedException" : "threw " + e);
                }
            });
            Thread.sleep(200);
            scan.cancel(true);
            Future<String> next = pool.submit(() -> "next");
            try {
                next.get(500, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                throw new Failure("500 ms after cancel(true), the pool's only thread was still busy with the scan: it"
                        + " did not stop when interrupted");
            }
            String how = ending.get();
            Failure.unless(!how.contains("cleared"), "after cancel(true), Scan.run " + how
                    + ": the caller cannot tell the scan was cut short; throw InterruptedException or keep the flag set");
            return "Scan.run(20) read 20 pages; a scan of a billion pages cancelled after 200 ms " + how
                    + " and freed the pool's thread within 500 ms";
        } finally {
            pool.shutdownNow();
        }
    }
}
