package io.threadlab.experiment.commands;

import io.threadlab.command.UsageException;
import io.threadlab.experiment.Mode;
import io.threadlab.experiment.catalog.Experiment;
import io.threadlab.experiment.catalog.RowPlan;
import java.util.List;
import java.util.Locale;

/**
 * Limits that protect the learner's machine, checked before any thread or process starts: the
 * caps on threads and processes, then what each row needs of the machine (see
 * {@link Experiment#overBudget}).
 */
public final class Caps {
    public static final int PLATFORM_THREADS = 4_096;
    public static final int VIRTUAL_THREADS = 1_000_000;

    private Caps() {}

    public static int processes() {
        return 4 * Runtime.getRuntime().availableProcessors();
    }

    public static void check(Experiment experiment, List<RowPlan> rows) {
        for (RowPlan row : rows) {
            long tasks = experiment.taskCount(row.params(), row.id().workers());
            switch (row.id().mode()) {
                case THREADS, FORKJOIN -> limit(row.id().workers(), PLATFORM_THREADS, "--workers", row.id().mode(), "platform threads");
                case THREAD_PER_TASK -> limit(tasks, PLATFORM_THREADS, "tasks", row.id().mode(), "platform threads; use --modes virtual for more");
                case VIRTUAL -> limit(tasks, VIRTUAL_THREADS, "tasks", row.id().mode(), "virtual threads");
                case PROCESSES -> limit(row.id().workers(), processes(), "--workers", row.id().mode(),
                        "worker processes (4 × " + Runtime.getRuntime().availableProcessors() + " cores)");
                default -> { }
            }
            if (tasks > VIRTUAL_THREADS) {
                throw new UsageException(String.format(Locale.ROOT, "%s would make %,d tasks; the cap is %,d tasks per run",
                        experiment.name(), tasks, VIRTUAL_THREADS));
            }
        }
        for (RowPlan row : rows) {
            experiment.overBudget(row).ifPresent(problem -> {
                throw new UsageException(problem);
            });
        }
    }

    private static void limit(long asked, long cap, String what, Mode mode, String unit) {
        if (asked > cap) {
            throw new UsageException(String.format(Locale.ROOT, "%s %,d is over the cap for %s: at most %,d %s",
                    what, asked, mode.id(), cap, unit));
        }
    }
}
