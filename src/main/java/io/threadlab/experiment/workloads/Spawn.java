package io.threadlab.experiment.workloads;

import io.threadlab.experiment.Params;
import io.threadlab.experiment.Task;
import io.threadlab.experiment.TaskSet;
import io.threadlab.experiment.Workload;
import io.threadlab.process.ChildJvm;
import java.math.BigInteger;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The cost of starting one unit of concurrency and waiting for it: a platform thread, a
 * virtual thread, or a child JVM, each doing nothing. The articles' "hello world" with
 * Thread vs Process, without the one-second sleep.
 */
public final class Spawn implements Workload {
    private final String kind;
    private final int count;

    public Spawn(Map<String, String> params) {
        this.kind = params.get("kind");
        this.count = Params.getInt(params, "count");
    }

    @Override
    public TaskSet tasks(int workers) {
        Task one = switch (kind) {
            case "thread" -> ctx -> joined(Thread.ofPlatform().start(() -> { }));
            case "virtual" -> ctx -> joined(Thread.ofVirtual().start(() -> { }));
            case "process" -> ctx -> {
                Process p = ChildJvm.start("--exit");
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
        return String.format(Locale.ROOT, "%,d × %s started and joined, one at a time", result, io.threadlab.experiment.catalog.Experiments.SPAWN_KINDS.get(kind));
    }

    @Override
    public Map<String, String> params() {
        return Map.of("kind", kind, "count", Integer.toString(count));
    }
}
