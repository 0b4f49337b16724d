package io.threadlab.experiment.harness;

import io.threadlab.experiment.Cancellation;
import io.threadlab.experiment.Params;
import io.threadlab.experiment.RowId;
import io.threadlab.experiment.Workload;
import io.threadlab.experiment.catalog.Experiment;
import io.threadlab.experiment.catalog.RowPlan;
import io.threadlab.experiment.strategy.Strategies;
import io.threadlab.experiment.strategy.Strategy;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Measures rows: for each, warm-up runs (kept only as the "cold" figure), then timed
 * repeats with wall time, CPU time (this JVM plus worker processes, or the CPython child and
 * its pool) and GC time. Every
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

    /** @param notes what the plan left out and why (no usable Python, a mode CPython lacks), shown with the results */
    public RunReport run(int number, Experiment experiment, Params params, List<RowPlan> plans, List<String> notes)
            throws Exception {
        Instant started = Instant.now();
        int cores = Runtime.getRuntime().availableProcessors();
        // Only CPU-bound work is hurt by neighbours enough to mislead; waiting work is not.
        double cpuShare = experiment.cpuBound() ? CpuShare.measure(cores) : Double.NaN;
        List<RowResult> rows = new ArrayList<>();
        List<Boolean> mustAgree = new ArrayList<>();
        for (RowPlan plan : plans) {
            String row = plans.size() > 1 ? "row " + (rows.size() + 1) + "/" + plans.size() + " · " : "";
            rows.add(measure(experiment, plan, mustAgree, row));
        }
        checkAgreement(rows, mustAgree);
        RunReport report = new RunReport(number, experiment.name(), params.shown(), Runtime.getRuntime().availableProcessors(),
                Runtime.version().toString(), started, List.copyOf(rows), experiment.hasSpeedup(), cpuShare, List.copyOf(notes));
        return recheck(report, experiment, plans);
    }

    /**
     * Times the baseline row once more, after all the others: every speed-up is divided by its
     * time, so a machine that ran slower (or faster) while it was first measured would skew
     * them all, and only a second look at a later moment can see that. Only CPU-bound runs that
     * compare rows against it are re-timed, the ones a changing speed misleads, when the first
     * timing was warm and long enough to judge by.
     */
    private RunReport recheck(RunReport report, Experiment experiment, List<RowPlan> plans) throws Exception {
        Optional<RowResult> baseline = report.baseline();
        // Without a warm-up the first timing includes the JIT's own work, and a second one would be faster for that alone.
        if (!report.cpuBound() || !report.hasSpeedup() || baseline.isEmpty() || report.rows().size() < 2
                || settings.warmup() == 0 || baseline.get().medianMs() < RunReport.JUDGED_MS) {
            return report;
        }
        RowPlan plan = plans.get(report.rows().indexOf(baseline.get()));
        progress.accept("timing " + plan.id().title() + " once more, to see that the speed held");
        try (Workload workload = experiment.create(plan.params())) {
            workload.open();
            try (RowRunner runner = runner(experiment, workload, plan)) {
                Measured again = runner.once(false);
                Optional<String> wrong = workload.verify(again.result(), plan.id().workers());
                if (wrong.isPresent()) { // checked like every other run: a wrong result is never a timing
                    throw new ResultMismatchException(plan.id().title() + ": wrong result when timed again: " + wrong.get());
                }
                double ms = again.wallMs();
                return new RunReport(report.number(), report.experiment(), report.params(), report.cores(), report.java(),
                        report.started(), report.rows(), report.hasSpeedup(), report.cpuShare(), report.notes(), ms);
            }
        }
    }

    /** @param row where the row stands in the run ("row 3/5 · "), for the progress line */
    private RowResult measure(Experiment experiment, RowPlan plan, List<Boolean> mustAgree, String row) throws Exception {
        RowId id = plan.id();
        String what = id.title();
        try (Workload workload = experiment.create(plan.params())) {
            workload.open();
            mustAgree.add(workload.resultsMustAgree());
            try (RowRunner runner = runner(experiment, workload, plan)) {
                double cold = Double.NaN;
                for (int i = 0; i < settings.warmup(); i++) {
                    progress.accept(row + what + ": warm-up " + (i + 1) + "/" + settings.warmup());
                    Measured m = runner.once(false);
                    if (i == 0) {
                        cold = m.wallMs();
                    }
                }
                double[] wall = new double[settings.repeat()];
                double[] cpu = new double[settings.repeat()];
                double[] gc = new double[settings.repeat()];
                Measured last = null;
                BigInteger first = null;
                List<BigInteger> results = new ArrayList<>();
                for (int i = 0; i < settings.repeat(); i++) {
                    progress.accept(row + what + ": run " + (i + 1) + "/" + settings.repeat());
                    last = runner.once(i == settings.repeat() - 1);
                    wall[i] = last.wallMs();
                    results.add(last.result());
                    cpu[i] = last.cpuMs();
                    gc[i] = last.gcMs();
                    Optional<String> wrong = workload.verify(last.result(), id.workers());
                    if (wrong.isPresent()) {
                        throw new ResultMismatchException(what + ": wrong result: " + wrong.get());
                    }
                    if (first == null) {
                        first = last.result();
                    } else if (workload.resultsMustAgree() && !first.equals(last.result())) {
                        throw new ResultMismatchException(what + ": repeats disagree: " + first + " then " + last.result());
                    }
                }
                double[] sortedWall = RowResult.sorted(wall);
                double median = RowResult.median(sortedWall);
                long units = experiment.unit() == null ? 0 : experiment.taskCount(plan.params(), id.workers());
                return new RowResult(id, last.result(), workload.describe(last.result()), cold, sortedWall,
                        RowResult.median(RowResult.sorted(cpu)), RowResult.median(RowResult.sorted(gc)),
                        runner.startupMs(), units > 0 ? median / units : Double.NaN,
                        last.gilSwitches(), workload.detail(results, id.workers()), last.timeline());
            }
        }
    }

    /**
     * The row's runtime: this JVM with the mode's strategy, or a CPython child. Both are checked
     * by the same Java workload, so a CPython row with a wrong result is an error like any other.
     */
    private RowRunner runner(Experiment experiment, Workload workload, RowPlan plan) throws Exception {
        RowId id = plan.id();
        Params shared = workload.forWorkers(plan.params());
        if (!id.engine().jvm()) {
            return new PythonRows(experiment, plan, shared, cancellation);
        }
        Strategy strategy = Strategies.open(id.mode(), id.workers(), experiment.name(), shared, cancellation);
        return new JvmRows(workload, strategy, plan, settings, cancellation);
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
}
