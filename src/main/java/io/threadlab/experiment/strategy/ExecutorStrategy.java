package io.threadlab.experiment.strategy;

import io.threadlab.experiment.Mode;
import io.threadlab.experiment.Task;
import io.threadlab.experiment.WorkerContext;
import io.threadlab.experiment.Workload;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Thread modes built on an ExecutorService: a fixed pool, a ForkJoinPool, a new platform
 * thread per task, or a virtual thread per task. The pool is created inside the timed run,
 * as Python's {@code with ThreadPoolExecutor(...)} is, and always shut down and awaited
 * before the run returns, so no thread outlives it.
 */
public final class ExecutorStrategy implements Strategy {
    private final Mode mode;

    public ExecutorStrategy(Mode mode) {
        this.mode = mode;
    }

    @Override
    public List<BigInteger> execute(Workload workload, List<Task> tasks, Execution execution) throws Exception {
        if (execution.gil() != null && (mode == Mode.THREADS || mode == Mode.FORKJOIN)) {
            return inPool(execution, pool -> drainUnderGil(pool, tasks, execution));
        }
        return inPool(execution, pool -> taskPerSubmit(pool, tasks, execution));
    }

    /** What runs on a pool; it may throw, and the pool is stopped either way. */
    @FunctionalInterface
    private interface OnPool {
        List<BigInteger> run(ExecutorService pool) throws Exception;
    }

    /**
     * Creates the pool, runs {@code body} on it, and always shuts it down and waits for its
     * threads; a body that did not finish (an error, Ctrl-C) cancels the run first.
     */
    private List<BigInteger> inPool(Execution execution, OnPool body) throws Exception {
        ExecutorService pool = newPool(execution.workers());
        boolean finished = false;
        try {
            List<BigInteger> results = body.run(pool);
            finished = true;
            return results;
        } finally {
            boolean handedOver = false;
            if (!finished) {
                execution.cancellation().cancel();
                if (mode == Mode.VIRTUAL || mode == Mode.THREAD_PER_TASK) {
                    // Thousands of threads take seconds to end: the prompt does not wait for them.
                    handedOver = Stragglers.stop(pool);
                } else {
                    pool.shutdownNow();
                }
            }
            if (!handedOver) {
                pool.shutdown();
                awaitQuietly(pool);
            }
        }
    }

    /** Each task submitted on its own, as Python's {@code executor.submit} does. */
    private static List<BigInteger> taskPerSubmit(ExecutorService pool, List<Task> tasks, Execution execution) throws Exception {
        ThreadLocal<WorkerContext> workerOfThread = ThreadLocal.withInitial(
                () -> execution.newWorker(Thread.currentThread().getName()));
        List<Future<BigInteger>> futures = new ArrayList<>(tasks.size());
        for (Task task : tasks) {
            // Starting thousands of threads takes seconds on a busy machine: stop at a Ctrl-C.
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException();
            }
            execution.cancellation().check();
            futures.add(pool.submit(() -> workerOfThread.get().run(task)));
        }
        List<BigInteger> results = new ArrayList<>(tasks.size());
        for (Future<BigInteger> future : futures) {
            results.add(await(future));
        }
        return results;
    }

    /**
     * A pool under the simulated GIL: each worker takes tasks from one shared queue until it
     * is empty, keeping the lock between tasks as CPython's pool workers do (see
     * {@link WorkerContext#runEach}).
     */
    private static List<BigInteger> drainUnderGil(ExecutorService pool, List<Task> tasks, Execution execution) throws Exception {
        AtomicInteger nextTask = new AtomicInteger();
        BigInteger[] results = new BigInteger[tasks.size()];
        java.util.function.IntSupplier next = () -> {
            int i = nextTask.getAndIncrement();
            return i < tasks.size() ? i : -1;
        };
        List<Future<?>> loops = new ArrayList<>();
        for (int w = 0; w < Math.min(execution.workers(), tasks.size()); w++) {
            loops.add(pool.submit(() -> {
                execution.newWorker(Thread.currentThread().getName()).runEach(next, tasks, results);
                return null;
            }));
        }
        for (Future<?> loop : loops) {
            await(loop);
        }
        return List.of(results);
    }

    private static <T> T await(Future<T> future) throws Exception {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        } catch (CancellationException e) {
            throw new CancellationException("a task was cancelled");
        }
    }

    private ExecutorService newPool(int workers) {
        return switch (mode) {
            case THREADS -> Executors.newFixedThreadPool(workers, named("worker-"));
            case FORKJOIN -> new ForkJoinPool(workers, namedForkJoin(), null, false);
            case THREAD_PER_TASK -> Executors.newThreadPerTaskExecutor(named("task-"));
            case VIRTUAL -> Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("virtual-", 1).factory());
            default -> throw new IllegalArgumentException(mode + " is not an executor mode");
        };
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> Thread.ofPlatform().name(prefix + n.incrementAndGet()).daemon(true).unstarted(r);
    }

    private static ForkJoinPool.ForkJoinWorkerThreadFactory namedForkJoin() {
        AtomicInteger n = new AtomicInteger();
        return pool -> {
            var thread = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
            thread.setName("forkjoin-" + n.incrementAndGet());
            return thread;
        };
    }

    /** Waits for the pool's threads to end even if this thread was interrupted (Ctrl-C). */
    static void awaitQuietly(ExecutorService pool) {
        boolean interrupted = Thread.interrupted();
        try {
            for (int i = 0; i < 50 && !pool.isTerminated(); i++) {
                try {
                    pool.awaitTermination(100, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    interrupted = true;
                    pool.shutdownNow();
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
