package io.threadlab.experiment.report;

import io.threadlab.experiment.Mode;
import io.threadlab.experiment.harness.RowResult;
import io.threadlab.experiment.harness.RunReport;
import io.threadlab.output.Style;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads a sweep: the best worker count, where more stopped helping, and where it started to hurt. */
public final class SweepSummary {
    /** Differences under this are noise on a shared machine. */
    private static final double NOISE = 0.05;

    private SweepSummary() {}

    public static List<String> lines(RunReport report, Style style) {
        List<RowResult> rows = report.rows().stream().filter(r -> r.mode() != Mode.SEQUENTIAL).toList();
        List<String> out = new ArrayList<>();
        if (rows.isEmpty()) {
            return out;
        }
        RowResult best = rows.getFirst();
        for (RowResult r : rows) {
            if (r.medianMs() < best.medianMs()) {
                best = r;
            }
        }
        RowResult enough = best;
        for (RowResult r : rows) {
            if (r.medianMs() <= best.medianMs() * (1 + NOISE)) {
                enough = r;
                break;
            }
        }
        out.add(style.bold("best: ") + String.format(Locale.ROOT, "%d workers, %s, %s faster than sequential",
                best.workers(), Fmt.ms(best.medianMs()), Fmt.times(report.speedup(best))));
        out.add(String.format(Locale.ROOT, "adding workers stopped helping at %d (within %.0f%% of the best); this machine has %d cores",
                enough.workers(), NOISE * 100, report.cores()));
        RowResult last = rows.getLast();
        if (last.workers() > best.workers() && last.medianMs() > best.medianMs() * (1 + NOISE)) {
            RowResult hurt = null;
            for (RowResult r : rows) {
                if (r.workers() > best.workers() && r.medianMs() > best.medianMs() * (1 + NOISE)) {
                    hurt = r;
                    break;
                }
            }
            out.add(String.format(Locale.ROOT, "more workers started to hurt at %d; at %d the run was %.0f%% slower than the best"
                    + " (oversubscription: switching, memory and start-up cost with no core to gain)",
                    hurt.workers(), last.workers(), 100 * (last.medianMs() / best.medianMs() - 1)));
        } else if (last.workers() > best.workers()) {
            out.add("going past " + best.workers() + " workers neither helped nor hurt beyond the noise");
        }
        return out;
    }
}
