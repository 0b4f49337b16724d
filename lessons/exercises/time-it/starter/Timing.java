/** Times a task the honest way: warm up, repeat, report the median. */
public class Timing {
    public static long medianNanos(Runnable task, int warmups, int runs) {
        // TODO: warm up without timing, then time 'runs' runs and return their median
        long start = System.nanoTime();
        task.run();
        return System.nanoTime() - start;
    }
}
