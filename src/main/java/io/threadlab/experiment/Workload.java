package io.threadlab.experiment;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/**
 * The work an experiment times, split into tasks. A workload is built from its typed params
 * alone, so a worker JVM can rebuild the same one and run task i of it.
 */
public interface Workload extends AutoCloseable {
    /** Starts what the tasks need (a server, temp files); not timed. */
    default void open() throws Exception {}

    /** Frees what {@link #open} started. Must be safe to call more than once. */
    @Override
    default void close() throws Exception {}

    /**
     * The tasks of one run, built fresh for each run (a race needs a new counter each time).
     * {@code workers} matters only to workloads that give each worker one task.
     */
    TaskSet tasks(int workers);

    /** A human reading of a result, e.g. {@code 37,550,402,023 (78,498 primes)}. */
    String describe(BigInteger result);

    /** A problem with a result that is wrong on its own terms (not just different from other rows). */
    default Optional<String> verify(BigInteger result, int workers) {
        return Optional.empty();
    }

    /** Whether every mode and worker count must give the same result. */
    default boolean resultsMustAgree() {
        return true;
    }

    /**
     * The params a worker JVM rebuilds this workload from, after {@link #open}: the planned ones,
     * plus whatever open() made that the workers must share (the page server's address).
     */
    default Params forWorkers(Params planned) {
        return planned;
    }

    /**
     * A note on a row's results beside the description of the last one, such as how many
     * updates were lost; {@code repeats} holds every timed repeat's result, the last one last.
     */
    default String detail(List<BigInteger> repeats, int workers) {
        return "";
    }

    /** Called by the async mode; workloads that have no async form keep the default. */
    default Optional<AsyncForm> async() {
        return Optional.empty();
    }

    /** The asyncio counterpart: each task as a future, with no thread blocked while it waits. */
    interface AsyncForm {
        List<java.util.function.Supplier<java.util.concurrent.CompletableFuture<BigInteger>>> futures(Cancellation cancellation);
    }
}
