package io.threadlab.experiment.process;

import io.threadlab.experiment.Cancellation;
import io.threadlab.experiment.Params;
import io.threadlab.process.ChildProcesses;
import io.threadlab.experiment.trace.Activity;
import io.threadlab.experiment.trace.Timeline;
import io.threadlab.experiment.trace.WorkerTrace;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A pool of worker JVMs, reused for every run of one row. Each worker has a dispatcher
 * thread here that hands it the next task, so a slow task never holds up the others. The
 * pool owns its JVMs: closing it, or cancelling while they start, kills every one.
 */
public final class WorkerPool implements AutoCloseable {
    private final ChildProcesses children = new ChildProcesses();
    private final List<Worker> workers = new ArrayList<>();
    private final long spawnNanos;

    public WorkerPool(int size, String experiment, Params params, Cancellation cancellation) throws IOException {
        long start = System.nanoTime();
        // A worker's first line cannot be waited for interruptibly; killing the JVMs ends the wait.
        Runnable undo = cancellation.onCancel(children::close);
        try {
            for (int i = 0; i < size; i++) {
                workers.add(new Worker(i + 1, children.launch(List.of("-Xmx512m"), System.getProperty("java.class.path"),
                        WorkerMain.class.getName(), List.of(), ProcessBuilder.Redirect.DISCARD)));
            }
            String load = "LOAD " + experiment + " " + params.encode();
            for (Worker w : workers) {
                w.expectReady(cancellation);
                w.send(load);
            }
            for (Worker w : workers) {
                w.expectReady(cancellation);
            }
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        } finally {
            undo.run();
        }
        spawnNanos = System.nanoTime() - start;
    }

    /** Time to start every worker and load the workload, reported apart from the runs. */
    public long spawnNanos() {
        return spawnNanos;
    }

    /** CPU time used so far by all workers (user + system), from the OS. */
    public long cpuNanos() {
        return workers.stream().mapToLong(w -> w.process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L)).sum();
    }

    public List<BigInteger> run(int taskCount, int workerCount, Cancellation cancellation, Timeline timeline) throws Exception {
        BigInteger[] results = new BigInteger[taskCount];
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Exception> failure = new AtomicReference<>();
        List<Thread> dispatchers = new ArrayList<>();
        for (Worker w : workers) {
            WorkerTrace trace = timeline == null ? WorkerTrace.OFF : timeline.newWorker("process-" + w.number);
            dispatchers.add(Thread.ofPlatform().daemon(true).name("dispatch-" + w.number).start(() -> {
                int task;
                while (failure.get() == null && !cancellation.isCancelled() && (task = next.getAndIncrement()) < taskCount) {
                    try {
                        trace.enter(Activity.RUNNING);
                        results[task] = w.runTask(workerCount, task);
                        trace.idle();
                    } catch (Exception e) {
                        failure.compareAndSet(null, e);
                    }
                }
                trace.idle();
            }));
        }
        try {
            for (Thread t : dispatchers) {
                t.join();
            }
        } catch (InterruptedException e) {
            cancellation.cancel();
            close();
            for (Thread t : dispatchers) {
                t.join(1000);
            }
            throw new CancellationException();
        }
        if (failure.get() != null) {
            close();
            throw failure.get();
        }
        cancellation.check();
        return Arrays.asList(results);
    }

    @Override
    public void close() {
        children.close();
    }

    /** One child JVM and its pipes. */
    private static final class Worker {
        final int number;
        final Process process;
        final PrintStream in;
        final BufferedReader out;

        Worker(int number, Process process) {
            this.number = number;
            this.process = process;
            this.in = new PrintStream(process.getOutputStream(), true, StandardCharsets.UTF_8);
            this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        }

        void send(String line) {
            in.println(line);
        }

        void expectReady(Cancellation cancellation) throws IOException {
            String line = out.readLine();
            cancellation.check();
            if (!"READY".equals(line)) {
                throw died(line);
            }
        }

        BigInteger runTask(int workerCount, int task) throws IOException {
            send("TASK " + workerCount + " " + task);
            String reply = out.readLine();
            if (reply == null) {
                throw died(null);
            }
            String[] parts = reply.split(" ", 3);
            if (parts[0].equals("OK") && parts.length == 3) {
                return new BigInteger(parts[2]);
            }
            throw new IOException("worker process " + number + " (pid " + process.pid() + ") failed task " + task + ": "
                    + (parts.length == 3 ? parts[2] : reply));
        }

        IOException died(String got) {
            String state;
            try {
                state = process.waitFor(java.util.concurrent.TimeUnit.MILLISECONDS.toMillis(500), java.util.concurrent.TimeUnit.MILLISECONDS)
                        ? "exited with code " + process.exitValue() : "stopped answering";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                state = "stopped answering";
            }
            return new IOException("worker process " + number + " (pid " + process.pid() + ") " + state
                    + (got == null ? "" : " after sending '" + got + "'"));
        }
    }
}
