import java.util.Arrays;

/** Warm-ups are run and thrown away; the median of the timed runs ignores a rare slow one. */
public class Timing {
    public static long medianNanos(Runnable task, int warmups, int runs) {
        for (int i = 0; i < warmups; i++) {
            task.run();
        }
        long[] times = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            task.run();
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        return runs % 2 == 1 ? times[runs / 2] : (times[runs / 2 - 1] + times[runs / 2]) / 2;
    }
}
