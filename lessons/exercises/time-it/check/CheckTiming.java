import io.threadlab.exercise.api.Check;
import io.threadlab.exercise.api.Failure;

/** A task with scripted durations: 3 slow warm-ups, then 5 runs of 20 ms with one 300 ms outlier. */
public class CheckTiming implements Check {
    static final long[] SCRIPT_MS = {200, 200, 200, 20, 20, 300, 20, 20};

    @Override
    public String run() throws Exception {
        int[] calls = {0};
        Runnable task = () -> {
            long ms = calls[0] < SCRIPT_MS.length ? SCRIPT_MS[calls[0]] : 20;
            calls[0]++;
            try {
                Thread.sleep(ms);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        long median = Timing.medianNanos(task, 3, 5);
        Failure.unless(calls[0] == 8, "the task ran " + calls[0] + " times; with 3 warm-ups and 5 runs it should run 8 times");
        double ms = median / 1e6;
        Failure.unless(ms >= 19 && ms < 60, String.format("returned %.1f ms; the timed runs took 20, 20, 300, 20 and 20 ms,"
                + " after warm-ups of 200 ms each, so the median is about 20 ms", ms));
        // An even count: the median is the mean of the two middle runs, 20 and 60 ms.
        long[] evenScript = {60, 10, 300, 20};
        int[] few = {0};
        long even = Timing.medianNanos(() -> {
            long pause = evenScript[Math.min(few[0], evenScript.length - 1)];
            few[0]++;
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, 0, 4);
        Failure.unless(few[0] == 4, "with no warm-up and 4 runs the task should run 4 times, not " + few[0]);
        double evenMs = even / 1e6;
        Failure.unless(evenMs >= 35 && evenMs < 55, String.format("with 4 timed runs of 60, 10, 300 and 20 ms you returned"
                + " %.1f ms; with an even count the median is the mean of the two middle values, (20 + 60) / 2 = 40 ms", evenMs));
        return String.format("a task scripted as 3 warm-ups of 200 ms, then 20, 20, 300, 20, 20 ms: median %.1f ms;"
                + " an even count (60, 10, 300, 20 ms): median %.1f ms; the call counts were exact", ms, evenMs);
    }
}
