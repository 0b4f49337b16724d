import io.threadlab.exercise.api.Check;
import io.threadlab.exercise.api.Concurrently;
import io.threadlab.exercise.api.Failure;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;

/** Single-thread output against java.time, then 8 threads formatting at once, several rounds. */
public class CheckStamps implements Check {
    static final DateTimeFormatter REFERENCE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);
    static final int THREADS = 8;
    static final int CALLS = 20_000;
    static final int ROUNDS = 3;

    @Override
    public String run() throws Exception {
        // A zone far from UTC, so a formatter that forgets its time zone shows it on any machine.
        java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("Asia/Kolkata"));
        for (long t : new long[] {0, 1_000_000_000_000L, 1_700_000_000_000L}) {
            String mine = Stamps.format(t);
            String want = REFERENCE.format(Instant.ofEpochMilli(t));
            Failure.unless(want.equals(mine), "format(" + t + ") returned \"" + mine + "\"; it should be \"" + want + "\" (UTC)");
        }
        for (int round = 1; round <= ROUNDS; round++) {
            int r = round;
            Concurrently.run(THREADS, thread -> {
                SplittableRandom random = new SplittableRandom(thread * 7919L + r);
                for (int i = 0; i < CALLS; i++) {
                    long t = random.nextLong(0, 4_000_000_000_000L);
                    String mine = Stamps.format(t);
                    String want = REFERENCE.format(Instant.ofEpochMilli(t));
                    if (!want.equals(mine)) {
                        throw new Failure("with " + THREADS + " threads formatting at once, format(" + t + ") returned \""
                                + mine + "\" instead of \"" + want + "\" (round " + r + " of " + ROUNDS
                                + "): the threads share a formatter");
                    }
                }
            });
        }
        return String.format("3 known times against java.time, then %d rounds of %d threads × %,d calls with no wrong output"
                + " (the check tests what format returns, not how it is made safe: a lock passes too, and 'solution'"
                + " shows the ThreadLocal way)", ROUNDS, THREADS, CALLS);
    }
}
