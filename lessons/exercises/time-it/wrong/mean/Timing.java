/** Reports the mean: one slow run drags it up. */
public class Timing {
    public static long medianNanos(Runnable task, int warmups, int runs) {
        for (int i = 0; i < warmups; i++) {
            task.run();
        }
        long total = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            task.run();
            total += System.nanoTime() - start;
        }
        return total / runs;
    }
}
