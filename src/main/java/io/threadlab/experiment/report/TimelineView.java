package io.threadlab.experiment.report;

import io.threadlab.experiment.harness.RowResult;
import io.threadlab.experiment.trace.Activity;
import io.threadlab.experiment.trace.Timeline;
import io.threadlab.experiment.trace.WorkerTrace;
import io.threadlab.output.Style;
import io.threadlab.output.TextWidth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jline.jansi.Ansi;

/**
 * Draws one run's per-worker activity: a row per worker, time across. Each cell shows what
 * the worker did most of that slice of time: run, wait on I/O, or wait for the GIL or a lock.
 */
public final class TimelineView {
    private static final int MAX_ROWS = 24;
    private final Style style;
    private final int width;

    public TimelineView(Style style, int width) {
        this.style = style;
        this.width = width;
    }

    public List<String> render(RowResult row) {
        Timeline timeline = row.timeline();
        List<String> out = new ArrayList<>();
        List<WorkerTrace> workers = timeline.workers().stream().filter(w -> w.size() > 0)
                .sorted(Comparator.comparing(WorkerTrace::label, TimelineView::naturalOrder)).toList();
        out.add(style.bold("timeline: " + row.id().title())
                + style.dim("  last run, " + Fmt.ms(timeline.lengthNanos() / 1e6) + ", " + workers.size() + " workers"));
        int label = Math.min(16, workers.stream().mapToInt(w -> w.label().length()).max().orElse(6));
        int cells = Math.max(10, width - label - 3);
        double slice = (double) Math.max(1, timeline.lengthNanos()) / cells;
        for (WorkerTrace w : workers.subList(0, Math.min(MAX_ROWS, workers.size()))) {
            out.add(TextWidth.padRight(truncate(w.label(), label), label) + " │" + cells(w, cells, slice));
        }
        if (workers.size() > MAX_ROWS) {
            out.add(style.dim(String.format(Locale.ROOT, "… and %,d more workers", workers.size() - MAX_ROWS)));
        }
        out.add(" ".repeat(label) + " └" + "─".repeat(cells));
        out.add(" ".repeat(label + 2) + "0" + TextWidth.padLeft(Fmt.ms(timeline.lengthNanos() / 1e6), cells - 1));
        out.add(legend());
        out.addAll(totals(workers));
        return out;
    }

    private String cells(WorkerTrace w, int cells, double slice) {
        double[][] time = new double[cells][Activity.values().length];
        for (int i = 0; i < w.size(); i++) {
            double start = w.start(i);
            double end = w.end(i);
            int first = (int) Math.min(cells - 1, start / slice);
            int last = (int) Math.min(cells - 1, end / slice);
            for (int c = first; c <= last; c++) {
                double overlap = Math.min(end, (c + 1) * slice) - Math.max(start, c * slice);
                if (overlap > 0) {
                    time[c][w.activity(i).ordinal()] += overlap;
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        for (double[] cell : time) {
            int best = -1;
            double bestTime = slice * 0.25;
            for (int a = 0; a < cell.length; a++) {
                if (cell[a] > bestTime) {
                    best = a;
                    bestTime = cell[a];
                }
            }
            sb.append(best < 0 ? " " : glyph(Activity.values()[best]));
        }
        return sb.toString();
    }

    private String glyph(Activity activity) {
        return switch (activity) {
            case RUNNING -> style.bright(Ansi.Color.GREEN, "█");
            case IO -> style.color(Ansi.Color.BLUE, "░");
            case WAITING -> style.bright(Ansi.Color.RED, "╌");
        };
    }

    private String legend() {
        return glyph(Activity.RUNNING) + " running   " + glyph(Activity.IO) + " waiting on I/O or sleep   "
                + glyph(Activity.WAITING) + " waiting for the GIL or a lock   (blank) idle";
    }

    private List<String> totals(List<WorkerTrace> workers) {
        double run = 0;
        double io = 0;
        double wait = 0;
        for (WorkerTrace w : workers) {
            run += w.total(Activity.RUNNING) / 1e6;
            io += w.total(Activity.IO) / 1e6;
            wait += w.total(Activity.WAITING) / 1e6;
        }
        return List.of(style.dim("summed over workers: running " + Fmt.ms(run) + " · I/O " + Fmt.ms(io)
                + " · waiting for the GIL or a lock " + Fmt.ms(wait)));
    }

    private static String truncate(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }

    /** worker-2 before worker-12: names compared with their trailing numbers as numbers. */
    static int naturalOrder(String a, String b) {
        String pa = a.replaceAll("\\d+$", "");
        String pb = b.replaceAll("\\d+$", "");
        if (!pa.equals(pb) || pa.length() == a.length() || pb.length() == b.length()) {
            return a.compareTo(b);
        }
        return Long.compare(Long.parseLong(a.substring(pa.length())), Long.parseLong(b.substring(pb.length())));
    }
}
