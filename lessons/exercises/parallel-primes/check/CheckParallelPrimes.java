import io.threadlab.exercise.api.Check;
import io.threadlab.exercise.api.Failure;
import java.lang.management.ManagementFactory;
import java.util.HashSet;
import java.util.Set;

/** Exact sums for several limits and thread counts; threads really started; none left running. */
public class CheckParallelPrimes implements Check {
    static final long[][] CASES = {{1, 2}, {3, 2}, {100, 3}, {1_000_000, 2}, {1_000_000, 8}, {2_000_003, 3}};
    static final long[] SUMS = {0, 2, 1_060, 37_550_402_023L, 37_550_402_023L, 142_913_828_922L};

    @Override
    public String run() throws Exception {
        var mx = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < CASES.length; i++) {
            long limit = CASES[i][0];
            int threads = (int) CASES[i][1];
            Set<Thread> before = new HashSet<>(Thread.getAllStackTraces().keySet());
            long started = mx.getTotalStartedThreadCount();
            long sum = ParallelPrimes.sum(limit, threads);
            long newThreads = mx.getTotalStartedThreadCount() - started;
            Failure.unless(sum == SUMS[i], String.format("sum(%,d, %d) returned %,d; the primes below %,d add up to %,d",
                    limit, threads, sum, limit, SUMS[i]));
            if (limit >= 1_000_000) {
                Failure.unless(newThreads >= threads, String.format("sum(%,d, %d) started %d new threads; it should start %d"
                        + " and run them at the same time", limit, threads, newThreads, threads));
            }
            Thread.sleep(50);
            for (Thread t : Thread.getAllStackTraces().keySet()) {
                if (t.isAlive() && !before.contains(t) && !t.isDaemon()) {
                    throw new Failure("thread \"" + t.getName() + "\" is still running after sum(" + limit + ", " + threads
                            + ") returned; shut the pool down, or join every thread");
                }
            }
        }
        return "exact sums for 6 limits up to 2,000,003 with 2, 3 and 8 threads; new threads started for the big ones;"
                + " no thread left running after each call";
    }
}
