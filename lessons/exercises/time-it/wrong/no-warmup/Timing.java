import java.util.Arrays;

/** Skips the warm-up, so the slow first runs are timed. */
public class Timing {
    public static long medianNanos(Runnable task, int warmups, int runs) {
        long[] times = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            task.run();
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        return times[runs / 2];
    }
}
