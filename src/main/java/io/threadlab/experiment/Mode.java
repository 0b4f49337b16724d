package io.threadlab.experiment;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** How the tasks of a workload are executed. */
public enum Mode {
    SEQUENTIAL("one thread, one task after another"),
    THREADS("a fixed pool of platform threads (ExecutorService)"),
    THREAD_PER_TASK("a new platform Thread per task, started then joined"),
    VIRTUAL("a virtual thread per task"),
    FORKJOIN("a ForkJoinPool with the given parallelism"),
    PROCESSES("a pool of worker JVMs, reused within a run, talking over stdin/stdout"),
    ASYNC("CompletableFuture callbacks, no thread per task (the asyncio counterpart)");

    private final String description;

    Mode(String description) {
        this.description = description;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String description() {
        return description;
    }

    /** Modes whose worker count is chosen with --workers; the others ignore it. */
    public boolean usesWorkerCount() {
        return this == THREADS || this == FORKJOIN || this == PROCESSES;
    }

    /** Modes in which several threads of this JVM run the tasks, so a simulated GIL applies. */
    public boolean sharesOneInterpreter() {
        return this == THREADS || this == THREAD_PER_TASK || this == VIRTUAL || this == FORKJOIN;
    }

    public static Mode of(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(Mode::id).toList();
    }
}
