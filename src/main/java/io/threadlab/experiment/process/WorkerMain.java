package io.threadlab.experiment.process;

import io.threadlab.experiment.Cancellation;
import io.threadlab.experiment.Params;
import io.threadlab.experiment.Task;
import io.threadlab.experiment.WorkerContext;
import io.threadlab.experiment.Workload;
import io.threadlab.experiment.catalog.Experiment;
import io.threadlab.experiment.catalog.Experiments;
import io.threadlab.experiment.trace.WorkerTrace;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The main class of a worker JVM. It speaks a line protocol on stdin/stdout:
 * <pre>
 *   LOAD experiment params   ->  READY      (params as {@link Params#encode()} writes them)
 *   TASK workers index       ->  OK index result   |   ERR index message
 * </pre>
 * When stdin closes (the parent exited, crashed or was killed) it exits at once, even in
 * the middle of a task, so no worker outlives its shell.
 */
public final class WorkerMain {
    private WorkerMain() {}

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = Thread.ofPlatform().daemon(true).name("stdin").start(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    lines.add(line);
                }
            } catch (Exception ignored) {
                // Treated as end of input.
            }
            Runtime.getRuntime().halt(0);
        });
        out.println("READY");
        Workload workload = null;
        List<Task> tasks = null;
        int tasksFor = -1;
        WorkerContext context = new WorkerContext(new Cancellation(), null, WorkerTrace.OFF);
        while (reader.isAlive() || !lines.isEmpty()) {
            String line = lines.take();
            String[] parts = line.split(" ", 3);
            switch (parts[0]) {
                case "LOAD" -> {
                    if (workload != null) {
                        workload.close();
                    }
                    Experiment experiment = Experiments.find(parts[1]).orElseThrow();
                    workload = experiment.create(Params.decode(parts[2], experiment.parameters()));
                    workload.open();
                    tasks = null;
                    out.println("READY");
                }
                case "TASK" -> {
                    int workers = Integer.parseInt(parts[1]);
                    int index = Integer.parseInt(parts[2]);
                    try {
                        if (tasks == null || tasksFor != workers) {
                            tasks = workload.tasks(workers).tasks();
                            tasksFor = workers;
                        }
                        out.println("OK " + index + " " + context.run(tasks.get(index)));
                    } catch (Exception | StackOverflowError | OutOfMemoryError e) {
                        String why = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
                        out.println("ERR " + index + " " + why.replace('\n', ' '));
                    }
                }
                default -> out.println("ERR -1 unknown request " + parts[0]);
            }
        }
    }
}
