package io.threadlab.experiment.workloads;

import io.threadlab.command.Opt;
import io.threadlab.experiment.Cancellation;
import io.threadlab.experiment.Params;
import io.threadlab.experiment.TaskSet;
import io.threadlab.experiment.Workload;
import io.threadlab.process.ChildProcesses;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Does a spinning reader see a flag another thread sets? One child JVM per run (see
 * {@link VisibilityMain}); the result is the time from the write to the reader's exit in
 * microseconds, or -1 when the reader had not seen it by the deadline.
 */
public final class Visibility implements Workload {
    /** How the flag is read; "interpreted" is a plain flag in a JVM whose JIT is off. */
    public static final Opt<List<String>> FLAGS = Opt.choices("flags", "how the reader reads the flag",
            List.of("plain", "opaque", "volatile"), List.of("plain", "opaque", "volatile", "interpreted"));
    public static final Opt<Long> DELAY = Opt.number("delay", "ms the reader spins before the flag is set", 100, 0, 10_000);
    public static final Opt<Long> DEADLINE = Opt.number("deadline", "ms to wait for the reader after the write", 1_000, 10, 30_000);
    public static final BigInteger MISSED = BigInteger.ONE.negate();
    private final String flag;
    private final long delay;
    private final long deadline;
    private ChildProcesses children;

    public Visibility(Params params) {
        this.flag = params.get(FLAGS).getFirst();
        this.delay = params.get(DELAY);
        this.deadline = params.get(DEADLINE);
    }

    public static String describeFlag(String flag) {
        return switch (flag) {
            case "plain" -> "plain field";
            case "opaque" -> "opaque (VarHandle)";
            case "volatile" -> "volatile field";
            default -> "plain, JIT off (-Xint)";
        };
    }

    @Override
    public void open() {
        children = new ChildProcesses();
    }

    @Override
    public void close() {
        if (children != null) {
            children.close();
        }
    }

    @Override
    public TaskSet tasks(int workers) {
        return TaskSet.summing(List.of(ctx -> ctx.blocking(() -> once(ctx.cancellation()))));
    }

    private BigInteger once(Cancellation cancellation) throws IOException, InterruptedException {
        List<String> flags = flag.equals("interpreted") ? List.of("-Xint", "-Xmx32m") : List.of("-Xmx32m");
        String kind = flag.equals("interpreted") ? "plain" : flag;
        Process p = children.launch(flags, System.getProperty("java.class.path"), VisibilityMain.class.getName(),
                List.of(kind, Long.toString(delay), Long.toString(deadline)), ProcessBuilder.Redirect.DISCARD);
        // readLine cannot be interrupted: a Ctrl-C kills the child, which ends the read.
        Runnable undo = cancellation.onCancel(() -> ChildProcesses.kill(p));
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line = out.readLine();
            cancellation.check();
            if (!p.waitFor(5, TimeUnit.SECONDS)) {
                throw new IOException("the reader's JVM did not exit after answering");
            }
            if (line == null) {
                throw new IOException("the reader's JVM exited with status " + p.exitValue() + " without an answer");
            }
            if (line.equals("missed")) {
                return MISSED;
            }
            return BigInteger.valueOf(Long.parseLong(line.substring("seen ".length())) / 1_000);
        } finally {
            undo.run();
            ChildProcesses.kill(p);
        }
    }

    @Override
    public boolean resultsMustAgree() {
        return false;
    }

    @Override
    public String describe(BigInteger result) {
        // Each run starts its own JVM, so the wall times in the table are mostly that start.
        return result.signum() < 0
                ? String.format(Locale.ROOT, "never saw the write within %,d ms", deadline)
                : "saw the write " + micros(result.longValue()) + " after it";
    }

    @Override
    public String detail(List<BigInteger> repeats, int workers) {
        long missed = repeats.stream().filter(r -> r.signum() < 0).count();
        if (missed == repeats.size()) {
            return "never seen, in " + runs(repeats.size());
        }
        long slowest = repeats.stream().filter(r -> r.signum() >= 0).mapToLong(BigInteger::longValue).max().orElse(0);
        return (missed == 0 ? "seen in " + runs(repeats.size()) : "seen in " + (repeats.size() - missed) + " of " + runs(repeats.size()))
                + ", at most " + micros(slowest) + " late";
    }

    private static String runs(int n) {
        return n == 1 ? "1 run" : n + " runs";
    }

    private static String micros(long us) {
        return us < 1_000 ? us + " µs" : String.format(Locale.ROOT, "%.1f ms", us / 1e3);
    }
}
