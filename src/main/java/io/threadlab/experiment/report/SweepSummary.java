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
 * Reads a sweep: where adding workers stopped helping, and where it started to hurt. Every
 * sentence follows this run: no winner is named among counts the noise cannot tell apart, and
 * on a busy machine it gives no conclusion at all.
 */
public final class SweepSummary {
    /** Differences under this are noise on a shared machine. */
    static final double NOISE = 0.05;

    private SweepSummary() {}

    public static List<String> lines(RunReport report, Style style) {
        return lines(report, style, 80);
    }

    /** The same, with an Amdahl chart as wide as {@code width} for CPU-bound work. */
    public static List<String> lines(RunReport report, Style style, int width) {
        List<String> out = new ArrayList<>();
        if (report.rows().stream().allMatch(r -> r.mode() == Mode.SEQUENTIAL)) {
            return out;
        }
        if (report.busy()) {
            out.add(TableReport.busyLine(report, style));
            return out;
        }
        // Each runtime's rows are read on their own: its speed-ups are against its own sequential row.
        for (Engine engine : report.engines()) {
            List<RowResult> rows = report.rows().stream()
                    .filter(r -> r.mode() != Mode.SEQUENTIAL && r.id().engine().equals(engine)).toList();
            if (rows.isEmpty()) {
                continue;
            }
            if (report.mixed()) {
                out.add(style.bold(engine.label() + ":"));
            }
            out.addAll(forRuntime(report, rows, style));
            if (report.cpuBound() && rows.stream().noneMatch(r -> r.gil() || engine.gil() && r.mode() != Mode.PROCESSES)) {
                List<RowResult> all = report.rows().stream().filter(r -> r.id().engine().equals(engine)).toList();
                AmdahlFit.of(report, rows).ifPresent(fit -> {
                    out.add("");
                    out.addAll(fit.lines(report, all, style, width));
                });
            }
        }
        return out;
    }

    private static List<String> forRuntime(RunReport report, List<RowResult> rows, Style style) {
        List<String> out = new ArrayList<>();
        RowResult best = rows.getFirst();
        for (RowResult r : rows) {
            if (r.medianMs() < best.medianMs()) {
                best = r;
            }
        }
        double limit = best.medianMs() * (1 + NOISE);
        List<RowResult> tied = rows.stream().filter(r -> r.medianMs() <= limit).toList();
        RowResult first = tied.getFirst();
        RowResult last = rows.getLast();
        double x = report.speedup(best);
        String speedup = !(x > 0) ? "" : x >= 1 + NOISE ? ", " + Fmt.times(x) + " faster than sequential"
                : x <= 1 - NOISE ? ", " + Fmt.times(1 / x) + " slower than sequential" : ", about as fast as sequential";
        if (tied.size() == 1) {
            out.add(style.bold("fastest: ") + String.format(Locale.ROOT, "%s, %s%s", workers(best.workers()),
                    Fmt.ms(best.medianMs()), speedup));
        } else {
            out.add(style.bold("fastest: ") + String.format(Locale.ROOT, "%s " + (tied.size() == 2 ? "both" : "all") + " ran within %.0f%% of the best (%s%s):"
                            + " inside the noise, so none of them is the winner",
                    counts(tied), NOISE * 100, Fmt.ms(best.medianMs()), speedup));
        }
        if (last == best && tied.size() == 1 && rows.size() > 1) {
            out.add(String.format(Locale.ROOT, "still getting faster at %s, the most tried; try more to find where it stops"
                    + " (this machine has %d cores)", workers(last.workers()), report.cores()));
        } else {
            out.add(String.format(Locale.ROOT, "adding workers stopped helping at %s (within %.0f%% of the fastest);"
                    + " this machine has %d cores", workers(first.workers()), NOISE * 100, report.cores()));
        }
        // Hurting is a trend: from some count on, every larger count is slower than the noise
        // allows, up to the most tried. One slow count followed by a fast one is noise.
        RowResult hurt = null;
        for (int i = rows.size() - 1; i >= 0; i--) {
            RowResult r = rows.get(i);
            if (r.workers() <= best.workers() || r.medianMs() <= limit) {
                break;
            }
            hurt = r;
        }
        if (hurt != null) {
            out.add(String.format(Locale.ROOT, "more workers started to hurt at %d; at %s the run was %.0f%% slower than the fastest"
                            + ((best.gil() || best.id().engine().gil()) && best.mode() != Mode.PROCESSES
                                ? " (more threads only queue for the one GIL, and every hand-over costs)"
                                : " (oversubscription: switching, memory and start-up cost with no core to gain)"),
                    hurt.workers(), workers(last.workers()), 100 * (last.medianMs() / best.medianMs() - 1)));
        }
        return out;
    }

    private static String workers(int n) {
        return n + (n == 1 ? " worker" : " workers");
    }

    private static String counts(List<RowResult> rows) {
        List<String> n = rows.stream().map(r -> Integer.toString(r.workers())).toList();
        return n.size() == 2 ? n.get(0) + " and " + n.get(1) + " workers"
                : String.join(", ", n.subList(0, n.size() - 1)) + " and " + n.getLast() + " workers";
    }
}
