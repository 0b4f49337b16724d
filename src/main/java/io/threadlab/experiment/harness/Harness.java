package io.threadlab.experiment.harness;

import io.threadlab.experiment.Cancellation;
import io.threadlab.experiment.Params;
import io.threadlab.experiment.RowId;
import io.threadlab.experiment.TaskSet;
import io.threadlab.experiment.Workload;
import io.threadlab.experiment.catalog.Experiment;
import io.threadlab.experiment.catalog.RowPlan;
import io.threadlab.experiment.SimulatedGil;
import io.threadlab.experiment.strategy.Execution;
import io.threadlab.experiment.strategy.Strategies;
import io.threadlab.experiment.strategy.Strategy;
import io.threadlab.experiment.trace.Timeline;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Measures rows: for each, warm-up runs (kept only as the "cold" figure), then timed
 * repeats with wall time, CPU time (this JVM plus worker processes) and GC time. Every
 * run's result is verified; a wrong or disagreeing result stops the run with an error
 * rather than printing a number. It measures and never renders.
 */
public final class Harness {
    private final Settings settings;
    private final Cancellation cancellation;
    private final Consumer<String> progress;

    public Harness(Settings settings, Cancellation cancellation, Consumer<String> progress) {
        this.settings = settings;
        this.cancellation = cancellation;
        this.progress = progress;
    }

    public RunReport run(int number, Experiment experiment, Params params, List<RowPlan> plans) throws Exception {
        Instant started = Instant.now();
        int cores = Runtime.getRuntime().availableProcessors();
        // Only CPU-bound work is hurt by neighbours enough to mislead; waiting work is not.
        double cpuShare = experiment.cpuBound() ? CpuShare.measure(cores) : Double.NaN;
        List<RowResult> rows = new ArrayList<>();
        List<Boolean> mustAgree = new ArrayList<>();
        for (RowPlan plan : plans) {
            rows.add(measure(experiment, plan, mustAgree));
        }
        checkAgreement(rows, mustAgree);
        return new RunReport(number, experiment.name(), params.shown(), Runtime.getRuntime().availableProcessors(),
                Runtime.version().toString(), started, List.copyOf(rows), experiment.hasSpeedup(), cpuShare);
    }

    private RowResult measure(Experiment experiment, RowPlan plan, List<Boolean> mustAgree) throws Exception {
        RowId id = plan.id();
        String what = id.title();
        try (Workload workload = experiment.create(plan.params())) {
            workload.open();
            mustAgree.add(workload.resultsMustAgree());
            try (Strategy strategy = Strategies.open(id.mode(), id.workers(), experiment.name(),
                    workload.forWorkers(plan.params()), cancellation)) {
                double cold = Double.NaN;
                for (int i = 0; i < settings.warmup(); i++) {
                    progress.accept(what + ": warm-up " + (i + 1) + "/" + settings.warmup());
                    Measured m = once(workload, strategy, plan, false);
                    if (i == 0) {
                        cold = m.wallMs;
                    }
                }
                double[] wall = new double[settings.repeat()];
                double[] cpu = new double[settings.repeat()];
                double[] gc = new double[settings.repeat()];
                Measured last = null;
                BigInteger first = null;
                List<BigInteger> results = new ArrayList<>();
                for (int i = 0; i < settings.repeat(); i++) {
                    progress.accept(what + ": run " + (i + 1) + "/" + settings.repeat());
                    last = once(workload, strategy, plan, i == settings.repeat() - 1);
                    wall[i] = last.wallMs;
                    results.add(last.result);
                    cpu[i] = last.cpuMs;
                    gc[i] = last.gcMs;
                    Optional<String> wrong = workload.verify(last.result, id.workers());
                    if (wrong.isPresent()) {
                        throw new ResultMismatchException(what + ": wrong result: " + wrong.get());
                    }
                    if (first == null) {
                        first = last.result;
                    } else if (workload.resultsMustAgree() && !first.equals(last.result)) {
                        throw new ResultMismatchException(what + ": repeats disagree: " + first + " then " + last.result);
                    }
                }
                double[] sortedWall = RowResult.sorted(wall);
                double median = RowResult.median(sortedWall);
                long units = experiment.unit() == null ? 0 : experiment.taskCount(plan.params(), id.workers());
                return new RowResult(id, last.result, workload.describe(last.result), cold, sortedWall,
                        RowResult.median(RowResult.sorted(cpu)), RowResult.median(RowResult.sorted(gc)),
                        strategy.startupMs(), units > 0 ? median / units : Double.NaN,
                        last.gilSwitches, workload.detail(results, id.workers()), last.timeline);
            }
        }
    }

    private Measured once(Workload workload, Strategy strategy, RowPlan plan, boolean keepTimeline) throws Exception {
        cancellation.check();
        TaskSet set = workload.tasks(plan.id().workers());
        SimulatedGil gil = plan.id().gil() ? new SimulatedGil(settings.switchIntervalMillis()) : null;
        Timeline timeline = keepTimeline ? new Timeline() : null;
        Execution execution = new Execution(plan.id().workers(), cancellation, gil, timeline);
        long cpu0 = processCpuNanos();
        long child0 = strategy.childCpuNanos();
        long gc0 = gcMillis();
        long t0 = System.nanoTime();
        List<BigInteger> parts = strategy.execute(workload, set.tasks(), execution);
        long wall = System.nanoTime() - t0;
        // Prefer the tasks' own CPU time; the process's also counts the JIT and the GC.
        long cpu = execution.cpu().total(set.tasks().size()).orElse(processCpuNanos() - cpu0) + strategy.childCpuNanos() - child0;
        long gc = gcMillis() - gc0;
        if (timeline != null) {
            timeline.finish();
        }
        return new Measured(set.combine().apply(parts), wall / 1e6, cpu / 1e6, gc, gil == null ? 0 : gil.switches(), timeline);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long gcMillis() {
        long sum = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            sum += Math.max(0, gc.getCollectionTime());
        }
        return sum;
    }

    private static void checkAgreement(List<RowResult> rows, List<Boolean> mustAgree) {
        RowResult first = null;
        for (int i = 0; i < rows.size(); i++) {
            RowResult row = rows.get(i);
            if (!mustAgree.get(i)) {
                continue;
            }
            if (first == null) {
                first = row;
            } else if (!first.result().equals(row.result())) {
                throw new ResultMismatchException("modes disagree: " + first.id().title() + " gave " + first.result()
                        + " but " + row.id().title() + " gave " + row.result());
            }
        }
    }

    private record Measured(BigInteger result, double wallMs, double cpuMs, double gcMs, long gilSwitches, Timeline timeline) {}
}
