import java.util.Arrays;

/** Runs the warm-ups but puts their times in with the others. */
public class Timing {
    public static long medianNanos(Runnable task, int warmups, int runs) {
        long[] times = new long[warmups + runs];
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            task.run();
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        return times[times.length / 2];
    }
}
