package io.threadlab.experiment.report;

import io.threadlab.experiment.Engine;
import io.threadlab.experiment.Mode;
import io.threadlab.experiment.harness.RowResult;
import io.threadlab.experiment.harness.RunReport;
import io.threadlab.output.Style;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a run with CPython rows says across runtimes: how each CPython row compares with the
 * JVM's one thread, and the simulated GIL beside the real one. Only figures this run measured,
 * and a verdict only where they bear one; on a busy machine the caller prints none of it.
 */
public final class RuntimeComparison {
    /** Two speed-ups within this factor of each other are called the same. */
    static final double SAME = 1.25;
    /** Threads at or below this speed-up did not beat one core. */
    static final double NO_GAIN = 1.1;

    private RuntimeComparison() {}

    public static List<String> lines(RunReport report, Style style) {
        List<String> out = new ArrayList<>();
        if (!report.mixed()) {
            return out;
        }
        againstJvm(report).ifPresent(out::add);
        out.addAll(simulatedAgainstReal(report, style));
        return out;
    }

    /** "against the JVM's one thread (76.9 ms): sequential · CPython 3.11 11× slower, ..." */
    static java.util.Optional<String> againstJvm(RunReport report) {
        RowResult jvm = report.baseline(Engine.JVM).orElse(null);
        if (jvm == null) {
            return java.util.Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        for (RowResult row : report.rows()) {
            double x = report.againstJvm(row);
            if (!Double.isNaN(x)) {
                parts.add(row.id().title() + " " + compared(x));
            }
        }
        return parts.isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.of("against the JVM's sequential row (" + Fmt.ms(jvm.medianMs()) + "): " + String.join(", ", parts));
    }

    /** 0.0625 is "16× slower", 2.5 is "2.50× faster". */
    static String compared(double jvmOverRow) {
        if (jvmOverRow > 1 / 1.05 && jvmOverRow < 1.05) {
            return "about as fast";
        }
        return jvmOverRow < 1 ? Fmt.factor(1 / jvmOverRow) + " slower" : Fmt.factor(jvmOverRow) + " faster";
    }

    /**
     * With --gil and CPython threads at the same worker count: each one's speed-up against its
     * own sequential row, and whether they tell the same story.
     */
    static List<String> simulatedAgainstReal(RunReport report, Style style) {
        List<String> out = new ArrayList<>();
        List<RowResult> simulated = report.rows().stream().filter(r -> r.gil() && r.mode() == Mode.THREADS).toList();
        for (RowResult sim : simulated) {
            for (RowResult real : report.rows()) {
                if (real.id().engine().jvm() || real.mode() != Mode.THREADS || real.workers() != sim.workers()) {
                    continue;
                }
                double a = report.speedup(sim);
                double b = report.speedup(real);
                if (Double.isNaN(a) || Double.isNaN(b)) {
                    continue;
                }
                String workers = simulated.size() > 1 ? " × " + sim.workers() : "";
                String figures = String.format(Locale.ROOT, "simulated GIL%s: %s · %s threads%s: %s", workers, Fmt.times(a),
                        real.id().engine().label(), workers, Fmt.times(b));
                out.add(style.bold(figures) + ", each against its own sequential row; " + verdict(real.id().engine(), a, b));
            }
        }
        return out;
    }

    static String verdict(Engine python, double simulated, double real) {
        if (!python.gil()) {
            return python.label() + " has no GIL, so this compares the simulation with threads that run at once";
        }
        if (simulated <= NO_GAIN && real <= NO_GAIN) {
            return "in both, the threads were no faster than one thread: the simulation behaved like the real GIL in this run";
        }
        if (Math.max(simulated, real) / Math.min(simulated, real) <= SAME) {
            return "they are within 25% of each other: the simulation behaved like the real GIL in this run";
        }
        return "they differ by more than 25% in this run: the simulation is a model, and here it and CPython part ways";
    }
}
