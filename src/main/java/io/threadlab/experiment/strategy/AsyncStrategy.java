package io.threadlab.experiment.strategy;

import io.threadlab.experiment.Task;
import io.threadlab.experiment.Workload;
import io.threadlab.experiment.trace.Activity;
import io.threadlab.experiment.trace.WorkerTrace;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * Starts every task as a future and waits for all of them: no thread per task, the way
 * asyncio's {@code gather} works. Only workloads with an async form (fetch, sleep) allow it.
 */
public final class AsyncStrategy implements Strategy {
    /**
     * Cancels every future. A million of them take seconds, so beyond a few thousand this is
     * done on a thread of its own and the prompt comes back at once; cancelled futures hold
     * no thread, and a download's cancel closes its connection.
     */
    private static void cancelAll(List<CompletableFuture<BigInteger>> futures) {
        Runnable cancel = () -> futures.forEach(f -> f.cancel(true));
        if (futures.size() < 10_000) {
            cancel.run();
        } else {
            Thread.ofPlatform().daemon(true).name("cancel-futures").start(cancel);
        }
    }

    @Override
    public List<BigInteger> execute(Workload workload, List<Task> tasks, Execution execution) throws Exception {
        Workload.AsyncForm form = workload.async().orElseThrow();
        WorkerTrace trace = execution.timeline() == null ? WorkerTrace.OFF : execution.timeline().newWorker("event loop");
        trace.enter(Activity.IO);
        List<CompletableFuture<BigInteger>> futures = new ArrayList<>();
        try {
            for (Supplier<CompletableFuture<BigInteger>> start : form.futures(execution.cancellation())) {
                // Starting a million futures takes seconds: stop at a Ctrl-C.
                if ((futures.size() & 1023) == 0 && Thread.currentThread().isInterrupted()) {
                    throw new InterruptedException();
                }
                futures.add(start.get());
            }
            CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).get();
            List<BigInteger> results = new ArrayList<>();
            for (CompletableFuture<BigInteger> f : futures) {
                results.add(f.join());
            }
            return results;
        } catch (InterruptedException e) {
            cancelAll(futures);
            throw new CancellationException();
        } catch (ExecutionException e) {
            cancelAll(futures);
            throw e.getCause() instanceof Exception cause ? cause : e;
        } finally {
            trace.idle();
        }
    }
}
