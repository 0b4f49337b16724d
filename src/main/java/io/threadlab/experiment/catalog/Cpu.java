package io.threadlab.experiment.catalog;

import static io.threadlab.experiment.Mode.ASYNC;
import static io.threadlab.experiment.Mode.FORKJOIN;
import static io.threadlab.experiment.Mode.PROCESSES;
import static io.threadlab.experiment.Mode.SEQUENTIAL;
import static io.threadlab.experiment.Mode.THREADS;
import static io.threadlab.experiment.Mode.THREAD_PER_TASK;
import static io.threadlab.experiment.Mode.VIRTUAL;

import io.threadlab.experiment.Mode;
import java.util.List;

/** The mode sets experiments share: every mode but async, and every mode. */
final class Cpu {
    static final List<Mode> MODES = List.of(SEQUENTIAL, THREADS, THREAD_PER_TASK, VIRTUAL, FORKJOIN, PROCESSES);
    static final List<Mode> IO_MODES = List.of(SEQUENTIAL, THREADS, THREAD_PER_TASK, VIRTUAL, FORKJOIN, PROCESSES, ASYNC);
    static final List<Mode> BASIC = List.of(SEQUENTIAL, THREADS);

    private Cpu() {}

    static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }
}
