package io.threadlab.experiment.workloads;

import io.threadlab.command.Opt;
import io.threadlab.experiment.Params;
import io.threadlab.experiment.Task;
import io.threadlab.experiment.TaskSet;
import io.threadlab.experiment.Workload;
import io.threadlab.process.ChildProcesses;
import java.util.List;
import java.math.BigInteger;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;

/**
 * The cost of starting one unit of concurrency and waiting for it: a platform thread, a
 * virtual thread, or a child JVM, each doing nothing. The articles' "hello world" with
 * Thread vs Process, without the one-second sleep.
 */
public final class Spawn implements Workload {
    public static final Opt<Long> COUNT = Opt.number("count", "how many of each to start, one after another", 20, 1, 10_000);
    /** What spawn can start; a row holds one. */
    public static final Opt<List<String>> KINDS = Opt.choices("kinds", "what to start",
            List.of("thread", "virtual", "process"), List.of("thread", "virtual", "process"));
    private final String kind;
    private final int count;
    private ChildProcesses children;

    public Spawn(Params params) {
        this.kind = params.get(KINDS).getFirst();
        this.count = params.get(COUNT).intValue();
    }

    /** How a row names a kind. */
    public static String describeKind(String kind) {
        return switch (kind) {
            case "thread" -> "platform thread";
            case "virtual" -> "virtual thread";
            default -> "child JVM process";
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
        Task one = switch (kind) {
            case "thread" -> ctx -> joined(Thread.ofPlatform().start(() -> { }));
            case "virtual" -> ctx -> joined(Thread.ofVirtual().start(() -> { }));
            case "process" -> ctx -> {
                Process p = children.startEmpty();
                return p.waitFor() == 0 ? BigInteger.ONE : BigInteger.ZERO;
            };
            default -> throw new IllegalArgumentException("unknown kind " + kind);
        };
        return TaskSet.summing(Collections.nCopies(count, one));
    }

    private static BigInteger joined(Thread t) throws InterruptedException {
        t.join();
        return BigInteger.ONE;
    }

    @Override
    public Optional<String> verify(BigInteger result, int workers) {
        return result.intValue() == count ? Optional.empty() : Optional.of(result + " of " + count + " started and finished");
    }

    @Override
    public String describe(BigInteger result) {
        return String.format(Locale.ROOT, "%,d × %s started and joined, one at a time", result, describeKind(kind));
    }

}
