package io.threadlab.experiment.harness;

import io.threadlab.experiment.Engine;
import io.threadlab.experiment.Mode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One run command's results: what was run, on what machine, and a row per mode × workers
 * (× runtime).
 *
 * @param hasSpeedup whether the experiment's rows are meant to be compared against a sequential row
 * @param notes      what the plan left out and why, e.g. no usable Python
 * @param recheckMs  the baseline row timed once more after every other row, to see whether the
 *                   machine ran at one speed throughout; NaN where it was not re-timed
 */
public record RunReport(int number, String experiment, Map<String, String> params, int cores, String java,
                        Instant started, List<RowResult> rows, boolean hasSpeedup, double cpuShare, List<String> notes,
                        double recheckMs) {
    /**
     * How far the re-timed baseline may differ from its first median before the run's
     * speed-ups are not trusted. On an idle machine the two timings agreed within 1%
     * ({@code scripts/bench trust}); a host busy with other virtual machines, which nothing
     * inside the JVM can see, or code the JIT had not finished compiling moves them far more.
     */
    public static final double DRIFT = 0.15;
    /**
     * A sequential row shorter than this says little about the machine: a JIT that is still
     * compiling, a timer tick or one page fault moves it by more than a busy neighbour does.
     */
    public static final double JUDGED_MS = 50;

    public RunReport(int number, String experiment, Map<String, String> params, int cores, String java,
                     Instant started, List<RowResult> rows, boolean hasSpeedup, double cpuShare, List<String> notes) {
        this(number, experiment, params, cores, java, started, rows, hasSpeedup, cpuShare, notes, Double.NaN);
    }

    public RunReport(int number, String experiment, Map<String, String> params, int cores, String java,
                     Instant started, List<RowResult> rows, boolean hasSpeedup, double cpuShare) {
        this(number, experiment, params, cores, java, started, rows, hasSpeedup, cpuShare, List.of());
    }

    /** The runtimes of the rows, in order of first appearance. */
    public List<Engine> engines() {
        return rows.stream().map(r -> r.id().engine()).distinct().toList();
    }

    /** Whether rows of more than one runtime are compared. */
    public boolean mixed() {
        return engines().size() > 1;
    }

    /**
     * Why this run's comparisons may not hold, each in a few words; empty when nothing the
     * tool can see casts doubt. A busy machine is judged by {@link CpuShare} before the run
     * and by the sequential row's CPU over wall time.
     */
    public List<String> doubts() {
        List<String> out = new ArrayList<>();
        if (cores < 2) {
            out.add("this machine has " + cores + " core, and threads need two or more to run at once");
        }
        if (busy()) {
            out.add(starved() ? "the machine was busy: " + busyMeasure() : busyMeasure());
        }
        double fastest = rows.stream().mapToDouble(RowResult::medianMs).min().orElse(0);
        if (!rows.isEmpty() && fastest < 20) {
            out.add(String.format(Locale.ROOT, "the run was short (the fastest row took %.1f ms), so noise weighs heavily", fastest));
        }
        if (rows.stream().anyMatch(RowResult::unstable)) {
            out.add("its repeats disagreed by more than 2×");
        }
        return out;
    }

    /** Whether the experiment only computes (its CPU share was measured before it ran). */
    public boolean cpuBound() {
        return !Double.isNaN(cpuShare);
    }

    /** Whether the run got less CPU than it needed: measured before it, or seen in its sequential row. */
    public boolean busy() {
        return starved() || drifted();
    }

    /** Whether other work took CPU time from the run: seen before it, or in its sequential row. */
    public boolean starved() {
        return cpuShare < CpuShare.ENOUGH || sequentialStarved();
    }

    /** Whether the baseline, timed again at the end, took a different time than at the start. */
    public boolean drifted() {
        if (Double.isNaN(recheckMs)) {
            return false;
        }
        return baseline().map(b -> b.medianMs() >= JUDGED_MS && Math.abs(recheckMs / b.medianMs() - 1) > DRIFT).orElse(false);
    }

    private boolean sequentialStarved() {
        return !Double.isNaN(cpuShare) && baseline().map(b -> b.medianMs() >= JUDGED_MS && b.cpuPerWall() < CpuShare.ENOUGH).orElse(false);
    }

    private String busyMeasure() {
        if (cpuShare < CpuShare.ENOUGH) {
            return String.format(Locale.ROOT, "a thread per core got %.0f%% of a core just before the run", 100 * cpuShare);
        }
        if (!starved()) {
            RowResult b = baseline().orElseThrow();
            return String.format(Locale.ROOT, "%s took %s, and %s when timed again after the other rows, so the run"
                    + " did not go at one speed", b.id().title(), ms(b.medianMs()), ms(recheckMs));
        }
        return String.format(Locale.ROOT, "the one-thread row got %.0f%% of a core",
                100 * baseline().orElseThrow().cpuPerWall());
    }

    private static String ms(double ms) {
        return ms >= 100 ? String.format(Locale.ROOT, "%.0f ms", ms) : String.format(Locale.ROOT, "%.1f ms", ms);
    }

    /** The sequential row of the first runtime, the one a busy machine is judged by. */
    public Optional<RowResult> baseline() {
        return rows.isEmpty() ? Optional.empty() : baseline(rows.getFirst().id().engine());
    }

    /** The sequential row that a runtime's speedups are measured against, if the run has one. */
    public Optional<RowResult> baseline(Engine engine) {
        if (rows.stream().anyMatch(r -> !Double.isNaN(r.perUnitMs()))) {
            return Optional.empty(); // Rows that time different things (spawn) have no common baseline.
        }
        List<RowResult> own = rows.stream().filter(r -> r.id().engine().equals(engine)).toList();
        return own.stream().filter(r -> r.mode() == Mode.SEQUENTIAL && !r.gil()).findFirst()
                .or(() -> own.stream().filter(r -> r.mode() == Mode.SEQUENTIAL).findFirst());
    }

    /** The same runtime's sequential median over this row's median, or NaN without a sequential row. */
    public double speedup(RowResult row) {
        return baseline(row.id().engine()).map(b -> b.medianMs() / row.medianMs()).orElse(Double.NaN);
    }

    /**
     * The JVM's sequential median over this row's median: below 1 for a row slower than the
     * JVM's one thread ({@code 0.06} is "16× slower"). NaN for JVM rows, or without that row.
     */
    public double againstJvm(RowResult row) {
        if (row.id().engine().jvm()) {
            return Double.NaN;
        }
        return baseline(Engine.JVM).map(b -> b.medianMs() / row.medianMs()).orElse(Double.NaN);
    }

    /** Speedup per core actually usable: min(workers, cores). */
    public double efficiency(RowResult row) {
        double s = speedup(row);
        return Double.isNaN(s) ? Double.NaN : s / Math.max(1, Math.min(row.shownWorkers(), cores));
    }
}
