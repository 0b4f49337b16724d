package io.threadlab.experiment.report;

import io.threadlab.experiment.Mode;
import io.threadlab.experiment.harness.RowResult;
import io.threadlab.experiment.harness.RunReport;
import io.threadlab.experiment.trace.Activity;
import io.threadlab.experiment.trace.Timeline;
import io.threadlab.experiment.trace.WorkerTrace;
import io.threadlab.output.TextWidth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A run as pictures, in plain SVG text (no AWT, nothing loaded until a chart is asked for):
 * its median times as bars; for rows of one mode at several worker counts (a sweep), the
 * speed-up against workers beside the ideal line and Amdahl's law fitted to it; and the last
 * row's timeline as a Gantt chart. Rendering only reads the report: it never measures.
 */
public final class SvgChart {
    private static final int WIDTH = 760;
    private static final String FONT = "font-family=\"DejaVu Sans, Helvetica, Arial, sans-serif\" font-size=\"12\"";

    private SvgChart() {}

    /** A standalone SVG document for one run. */
    public static String of(RunReport run) {
        StringBuilder body = new StringBuilder();
        int y = section(body, run, 0);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + open(y) + body + "</svg>\n";
    }

    /** The same pictures, to place inside an HTML page. */
    static String inline(RunReport run) {
        StringBuilder body = new StringBuilder();
        int y = section(body, run, 0);
        return open(y) + body + "</svg>\n";
    }

    private static String open(int height) {
        return String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" %s>%n"
                + "<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>%n", WIDTH, height, WIDTH, height, FONT);
    }

    private static int section(StringBuilder out, RunReport run, int top) {
        int y = title(out, "run " + run.number() + ": " + run.experiment() + " " + TableReport.params(run)
                + " · " + run.cores() + " cores", top + 20);
        if (run.busy()) {
            // As in the table: the figures are drawn, but no law is fitted to a starved run.
            out.append(String.format(Locale.ROOT, "<text x=\"10\" y=\"%d\" fill=\"#b00\">%s</text>%n", y + 14,
                    esc(run.starved() ? "~ busy machine: other programs took CPU time, so these times show no speed-up to conclude from"
                            : "~ unsteady run: the sequential row took another time when run again, so no speed-up is concluded")));
            y += 18;
        }
        y = bars(out, run, y + 10);
        List<RowResult> sweep = sweepRows(run);
        if (sweep.size() >= 2) {
            y = speedups(out, run, sweep, y + 20);
        }
        RowResult last = run.rows().getLast();
        if (last.timeline() != null && !last.timeline().workers().isEmpty()) {
            y = gantt(out, last, y + 20);
        }
        return y + 10;
    }

    private static int title(StringBuilder out, String text, int y) {
        out.append(String.format(Locale.ROOT, "<text x=\"10\" y=\"%d\" font-weight=\"bold\" font-size=\"14\">%s</text>%n", y, esc(text)));
        return y + 6;
    }

    /** Median wall time per row, with its speed-up where the run has one. */
    private static int bars(StringBuilder out, RunReport run, int top) {
        int label = 190;
        int room = WIDTH - label - 150;
        double max = run.rows().stream().mapToDouble(RowResult::medianMs).max().orElse(1);
        int y = top + 14;
        out.append(String.format(Locale.ROOT, "<text x=\"10\" y=\"%d\" fill=\"#555\">median wall time (shorter is faster)</text>%n", y));
        y += 8;
        for (RowResult r : run.rows()) {
            int len = (int) Math.max(1, Math.round(room * r.medianMs() / max));
            double x = run.speedup(r);
            String tail = Fmt.ms(r.medianMs()) + (run.hasSpeedup() && x > 0 ? " · " + Fmt.times(x) : "");
            out.append(String.format(Locale.ROOT, "<text x=\"10\" y=\"%d\">%s</text>%n", y + 13, esc(r.id().title())));
            out.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"16\" fill=\"%s\"/>%n",
                    label, y, len, r.mode() == Mode.SEQUENTIAL ? "#8c8c8c" : "#2b7bb9"));
            out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>%n", label + len + 6, y + 13, esc(tail)));
            y += 22;
        }
        return y;
    }

    /** The rows of the run's one parallel mode, if it was run at several worker counts. */
    static List<RowResult> sweepRows(RunReport run) {
        if (!run.hasSpeedup() || run.baseline().isEmpty() || run.mixed()) {
            return List.of();
        }
        List<RowResult> parallel = run.rows().stream().filter(r -> r.mode() != Mode.SEQUENTIAL).toList();
        boolean oneMode = parallel.stream().map(RowResult::mode).distinct().count() == 1;
        return oneMode && parallel.stream().map(RowResult::workers).distinct().count() >= 2 ? parallel : List.of();
    }

    /** Speed-up against workers, on a log scale of workers: measured, ideal (n, up to the cores) and Amdahl's fit. */
    private static int speedups(StringBuilder out, RunReport run, List<RowResult> rows, int top) {
        int left = 60;
        int width = WIDTH - left - 40;
        int height = 220;
        int y0 = top + 20;
        Optional<AmdahlFit> fit = run.busy() ? Optional.empty() : AmdahlFit.of(run, rows);
        double maxWorkers = rows.stream().mapToInt(RowResult::workers).max().orElse(2);
        double maxSpeed = Math.max(rows.stream().mapToDouble(run::speedup).max().orElse(1),
                Math.min(maxWorkers, run.cores())) * 1.15;
        out.append(String.format(Locale.ROOT, "<text x=\"10\" y=\"%d\" fill=\"#555\">speed-up by workers: measured (blue),"
                + " ideal up to %d cores (grey dashes)%s</text>%n", top + 8, run.cores(),
                fit.map(f -> String.format(Locale.ROOT, ", Amdahl's law with %.0f%% serial (orange)", f.serial() * 100))
                        .orElse("")));
        java.util.function.DoubleUnaryOperator xOf = w -> left + width * (maxWorkers <= 1 ? 0 : Math.log(w) / Math.log(maxWorkers));
        java.util.function.DoubleUnaryOperator yOf = s -> y0 + height - height * s / maxSpeed;
        out.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n", left, y0 + height, left + width, y0 + height));
        out.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n", left, y0, left, y0 + height));
        for (int s = 1; s <= maxSpeed; s++) {
            out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%d×</text>%n", left - 6, yOf.applyAsDouble(s) + 4, s));
        }
        for (RowResult r : rows) {
            out.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%d</text>%n",
                    xOf.applyAsDouble(r.workers()), y0 + height + 16, r.workers()));
        }
        out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" fill=\"#555\">workers</text>%n",
                left + width / 2, y0 + height + 32));
        StringBuilder ideal = new StringBuilder();
        StringBuilder measured = new StringBuilder();
        StringBuilder law = new StringBuilder();
        for (RowResult r : rows) {
            double x = xOf.applyAsDouble(r.workers());
            ideal.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, yOf.applyAsDouble(Math.min(r.workers(), run.cores()))));
            measured.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, yOf.applyAsDouble(run.speedup(r))));
            fit.ifPresent(f -> law.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, yOf.applyAsDouble(f.predict(r.workers())))));
        }
        out.append(String.format(Locale.ROOT, "<polyline points=\"%s\" fill=\"none\" stroke=\"#999\" stroke-dasharray=\"6 4\" stroke-width=\"2\"/>%n", ideal.toString().strip()));
        if (!law.isEmpty()) {
            out.append(String.format(Locale.ROOT, "<polyline points=\"%s\" fill=\"none\" stroke=\"#e08a1e\" stroke-width=\"2\"/>%n", law.toString().strip()));
        }
        out.append(String.format(Locale.ROOT, "<polyline points=\"%s\" fill=\"none\" stroke=\"#2b7bb9\" stroke-width=\"3\"/>%n", measured.toString().strip()));
        for (RowResult r : rows) {
            out.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"#2b7bb9\"><title>%s</title></circle>%n",
                    xOf.applyAsDouble(r.workers()), yOf.applyAsDouble(run.speedup(r)), esc(r.id().title() + ": " + Fmt.times(run.speedup(r)))));
        }
        return y0 + height + 40;
    }

    /** What each worker did over the row's last run: running, waiting on I/O, waiting for the GIL or a lock. */
    private static int gantt(StringBuilder out, RowResult row, int top) {
        Timeline timeline = row.timeline();
        int label = 110;
        int width = WIDTH - label - 20;
        double length = Math.max(1, timeline.lengthNanos());
        out.append(String.format(Locale.ROOT, "<text x=\"10\" y=\"%d\" fill=\"#555\">timeline of %s, last run (%s)</text>%n"
                        + "<text x=\"10\" y=\"%d\" fill=\"#555\">running (blue), I/O or sleep (light blue),"
                        + " waiting for the GIL or a lock (orange), between tasks (grey)</text>%n",
                top + 8, esc(row.id().title()), esc(Fmt.ms(length / 1e6)), top + 24));
        int y = top + 34;
        List<WorkerTrace> workers = TimelineView.ordered(timeline);
        for (WorkerTrace w : workers.subList(0, Math.min(workers.size(), 64))) {
            out.append(String.format(Locale.ROOT, "<text x=\"10\" y=\"%d\">%s</text>%n", y + 11, esc(w.label())));
            out.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"14\" fill=\"#f4f4f4\"/>%n", label, y, width));
            for (int i = 0; i < w.size(); i++) {
                double x = label + width * w.start(i) / length;
                double len = Math.max(0.5, width * (w.end(i) - w.start(i)) / length);
                out.append(String.format(Locale.ROOT, "<rect x=\"%.2f\" y=\"%d\" width=\"%.2f\" height=\"14\" fill=\"%s\"/>%n",
                        x, y, len, colour(w.activity(i))));
            }
            y += 18;
        }
        if (workers.size() > 64) {
            out.append(String.format(Locale.ROOT, "<text x=\"10\" y=\"%d\" fill=\"#555\">and %d more workers</text>%n", y + 11, workers.size() - 64));
            y += 18;
        }
        return y;
    }

    private static String colour(Activity a) {
        return switch (a) {
            case RUNNING -> "#2b7bb9";
            case IO -> "#a9cce3";
            case WAITING -> "#e08a1e";
        };
    }

    static String esc(String s) {
        return TextWidth.strip(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
