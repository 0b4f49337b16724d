package io.threadlab.experiment.workloads;

import io.threadlab.experiment.Cancellation;
import io.threadlab.command.Opt;
import io.threadlab.experiment.Params;
import io.threadlab.experiment.Task;
import io.threadlab.experiment.TaskSet;
import io.threadlab.experiment.Workload;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** Tasks that only block: how many waits can run at once, and what each kind of thread costs. */
public final class Sleep implements Workload {
    public static final Opt<Long> TASKS = Opt.number("tasks", "how many tasks", 10, 1, 1_000_000);
    public static final Opt<Long> DURATION = Opt.number("duration", "how long each task blocks, in ms", 100, 0, 60_000);
    private final int tasks;
    private final long duration;

    public Sleep(Params params) {
        this.tasks = params.get(TASKS).intValue();
        this.duration = params.get(DURATION);
    }

    @Override
    public TaskSet tasks(int workers) {
        Task sleep = ctx -> ctx.blocking(() -> {
            Thread.sleep(duration);
            return BigInteger.ONE;
        });
        return TaskSet.summing(Collections.nCopies(tasks, sleep));
    }

    @Override
    public Optional<String> verify(BigInteger result, int workers) {
        return result.intValue() == tasks ? Optional.empty() : Optional.of(result + " of " + tasks + " sleeps finished");
    }

    @Override
    public String describe(BigInteger result) {
        return String.format(Locale.ROOT, "%,d sleeps of %,d ms finished", result, duration);
    }


    @Override
    public Optional<AsyncForm> async() {
        return Optional.of(cancellation -> {
            List<Supplier<CompletableFuture<BigInteger>>> out = new ArrayList<>();
            for (int i = 0; i < tasks; i++) {
                out.add(() -> CompletableFuture.supplyAsync(() -> BigInteger.ONE,
                        CompletableFuture.delayedExecutor(duration, TimeUnit.MILLISECONDS, Runnable::run)));
            }
            return out;
        });
    }
}
