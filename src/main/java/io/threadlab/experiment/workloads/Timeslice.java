package io.threadlab.experiment.workloads;

import io.threadlab.command.Opt;
import io.threadlab.experiment.Params;
import io.threadlab.experiment.TaskSet;
import io.threadlab.experiment.WorkerContext;
import io.threadlab.experiment.Workload;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Are CPU-bound threads time-sliced? {@code hogs} threads compute for {@code spin} ms; once
 * they run, one more thread of the same kind is started that only notes the time. Platform
 * threads are scheduled by the OS, which shares the cores out in slices of a few ms, so the
 * late thread starts at once. Virtual threads run on a few carrier threads (one per core) and
 * leave one only when they block: the late one waits for a hog to finish. The result is that
 * wait, in microseconds.
 */
public final class Timeslice implements Workload {
    public static final Opt<List<String>> KINDS = Opt.choices("kinds", "what kind of threads compute",
            List.of("platform", "virtual"), List.of("platform", "virtual"));
    public static final Opt<Long> HOGS = Opt.number("hogs", "threads that compute; 0 means one per core", 0, 0, 64);
    public static final Opt<Long> SPIN = Opt.number("spin", "ms each of them computes", 300, 1, 10_000);
    private final String kind;
    private final int hogs;
    private final long spinNanos;

    public Timeslice(Params params) {
        this.kind = params.get(KINDS).getFirst();
        long h = params.get(HOGS);
        this.hogs = h == 0 ? Runtime.getRuntime().availableProcessors() : (int) h;
        this.spinNanos = params.get(SPIN) * 1_000_000;
    }

    public static String describeKind(String kind) {
        return kind.equals("virtual") ? "virtual threads" : "platform threads";
    }

    @Override
    public TaskSet tasks(int workers) {
        return TaskSet.summing(List.of(this::scenario));
    }

    private BigInteger scenario(WorkerContext ctx) throws InterruptedException {
        Thread.Builder builder = kind.equals("virtual") ? Thread.ofVirtual() : Thread.ofPlatform();
        List<Thread> started = new ArrayList<>();
        long[] began = new long[1];
        try {
            for (int i = 0; i < hogs; i++) {
                started.add(builder.name("hog-" + (i + 1)).start(() -> spin(ctx)));
            }
            Thread.sleep(20); // let the hogs take the cores (or the carriers)
            long asked = System.nanoTime();
            Thread late = builder.name("late").start(() -> began[0] = System.nanoTime());
            started.add(late);
            while (late.isAlive()) {
                ctx.checkpoint(); // a Ctrl-C stops the hogs (they check the same flag)
                late.join(10);
            }
            return BigInteger.valueOf((began[0] - asked) / 1_000);
        } finally {
            for (Thread t : started) {
                t.join();
            }
        }
    }

    /** Computes until the time is up, never blocking: nothing here lets a virtual thread off its carrier. */
    private void spin(WorkerContext ctx) {
        long end = System.nanoTime() + spinNanos;
        long x = 0;
        while (System.nanoTime() < end && !ctx.cancellation().isCancelled()) {
            for (int i = 0; i < 10_000; i++) {
                x += i * x + 1;
            }
        }
        if (x == 42) {
            System.out.print(""); // keep x alive
        }
    }

    @Override
    public boolean resultsMustAgree() {
        return false;
    }

    @Override
    public String describe(BigInteger result) {
        return String.format(Locale.ROOT, "the late thread started %s after it was asked to, beside %d computing %s",
                result.longValue() < 1_000 ? result + " µs" : String.format(Locale.ROOT, "%.1f ms", result.longValue() / 1e3),
                hogs, describeKind(kind));
    }
}
