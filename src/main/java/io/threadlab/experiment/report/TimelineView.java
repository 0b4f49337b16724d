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
        return render(row, 0, Double.POSITIVE_INFINITY);
    }

    /** The workers that did something, in the order of their names (worker-2 before worker-10); the SVG draws them so too. */
    static List<WorkerTrace> ordered(Timeline timeline) {
        return timeline.workers().stream().filter(w -> w.size() > 0)
                .sorted(Comparator.comparing(WorkerTrace::label, TimelineView::naturalOrder)).toList();
    }

    /** The part of the run from {@code fromMs} to {@code toMs} (clipped to the run). */
    public List<String> render(RowResult row, double fromMs, double toMs) {
        Timeline timeline = row.timeline();
        List<String> out = new ArrayList<>();
        List<WorkerTrace> workers = ordered(timeline);
        double length = Math.max(1, timeline.lengthNanos());
        double from = Math.min(Math.max(0, fromMs * 1e6), length - 1);
        double to = Math.max(from + 1, Math.min(length, toMs * 1e6));
        boolean whole = from == 0 && to == length;
        out.addAll(TextWidth.wrap(style.bold("timeline: " + row.id().title())
                + style.dim("  last run, " + Fmt.ms(length / 1e6) + ", " + workers.size() + " workers"
                + (whole ? "" : ", shown from " + (from == 0 ? "0 ms" : Fmt.ms(from / 1e6)) + " to " + Fmt.ms(to / 1e6))), width, "", "  "));
        int label = Math.min(16, workers.stream().mapToInt(w -> w.label().length()).max().orElse(6));
        int cells = Math.max(10, width - label - 3);
        double slice = (to - from) / cells;
        boolean marked = false;
        for (WorkerTrace w : workers.subList(0, Math.min(MAX_ROWS, workers.size()))) {
            String[] glyphs = cells(w, cells, from, slice);
            marked |= markTasks(w, glyphs, from, to, slice);
            out.add(TextWidth.padRight(truncate(w.label(), label), label) + " │" + String.join("", glyphs));
        }
        if (workers.size() > MAX_ROWS) {
            out.add(style.dim(String.format(Locale.ROOT, "… and %,d more workers", workers.size() - MAX_ROWS)));
        }
        out.add(" ".repeat(label) + " └" + "─".repeat(cells));
        String start = from == 0 ? "0 ms" : Fmt.ms(from / 1e6);
        out.add(" ".repeat(label + 2) + start + TextWidth.padLeft(Fmt.ms(to / 1e6), cells - start.length()));
        out.add(style.dim(String.format(Locale.ROOT, "one cell = %s", Fmt.ms(slice / 1e6))));
        out.addAll(TextWidth.wrap(legend(marked), width, "", "  "));
        if (workers.stream().anyMatch(WorkerTrace::hasShares)) {
            // Honest about what a CPython child can report without slowing itself down.
            out.addAll(TextWidth.wrap(style.dim(row.id().engine().label() + " reports each task's CPU time, not the moment of"
                    + " each GIL turn: a task's cells are split between running and waiting by that share, at any zoom"),
                    width, "", "  "));
        }
        out.addAll(TextWidth.wrap(totals(workers), width, "", "  "));
        return out;
    }

    private String[] cells(WorkerTrace w, int cells, double from, double slice) {
        double[][] time = new double[cells][Activity.values().length];
        for (int i = 0; i < w.size(); i++) {
            double start = w.start(i) - from;
            double end = w.end(i) - from;
            if (end <= 0 || start >= cells * slice) {
                continue;
            }
            int first = (int) Math.max(0, Math.min(cells - 1, start / slice));
            int last = (int) Math.max(0, Math.min(cells - 1, end / slice));
            for (int c = first; c <= last; c++) {
                double overlap = Math.min(end, (c + 1) * slice) - Math.max(start, c * slice);
                if (overlap > 0) {
                    time[c][w.activity(i).ordinal()] += overlap * w.share(i);
                }
            }
        }
        String[] out = new String[cells];
        for (int c = 0; c < cells; c++) {
            // Turns shorter than a cell: show that they alternated, not whichever came out ahead,
            // which would draw a 5 ms turn-taking as long stretches of one worker holding the GIL.
            double run = time[c][Activity.RUNNING.ordinal()];
            double wait = time[c][Activity.WAITING.ordinal()];
            if (run > slice * 0.2 && wait > slice * 0.2) {
                out[c] = mixed();
                continue;
            }
            int best = -1;
            double bestTime = slice * 0.25;
            for (int a = 0; a < time[c].length; a++) {
                if (time[c][a] > bestTime) {
                    best = a;
                    bestTime = time[c][a];
                }
            }
            out[c] = best < 0 ? " " : glyph(Activity.values()[best]);
        }
        return out;
    }

    /**
     * Marks the cell where each of the worker's tasks after its first begins, when tasks are
     * long enough to tell apart at this zoom (at least six cells apart on average).
     */
    private boolean markTasks(WorkerTrace w, String[] glyphs, double from, double to, double slice) {
        List<Integer> starts = new ArrayList<>();
        for (int i = 1; i < w.tasks(); i++) {
            double t = w.taskStart(i);
            if (t >= from && t < to) {
                starts.add((int) Math.min(glyphs.length - 1, (t - from) / slice));
            }
        }
        if (starts.isEmpty() || starts.size() * 6 > glyphs.length) {
            return false;
        }
        for (int c : starts) {
            glyphs[c] = style.bold("▏");
        }
        return true;
    }
    private String glyph(Activity activity) {
        return switch (activity) {
            case RUNNING -> style.bright(Ansi.Color.GREEN, "█");
            case IO -> style.color(Ansi.Color.BLUE, "░");
            case WAITING -> style.bright(Ansi.Color.RED, "╌");
        };
    }

    private String mixed() {
        return style.color(Ansi.Color.YELLOW, "▞");
    }

    private String legend(boolean tasksMarked) {
        return glyph(Activity.RUNNING) + " running · " + glyph(Activity.IO) + " waiting on I/O or sleep · "
                + glyph(Activity.WAITING) + " waiting for the GIL or a lock · " + mixed()
                + " ran and waited by turns within the cell (zoom in with --from and --to) · (blank) between tasks"
                + (tasksMarked ? " · " + style.bold("▏") + " a new task starts" : "");
    }

    private String totals(List<WorkerTrace> workers) {
        double run = 0;
        double io = 0;
        double wait = 0;
        for (WorkerTrace w : workers) {
            run += w.total(Activity.RUNNING) / 1e6;
            io += w.total(Activity.IO) / 1e6;
            wait += w.total(Activity.WAITING) / 1e6;
        }
        return style.dim("summed over workers: running " + Fmt.ms(run) + " · I/O " + Fmt.ms(io)
                + " · waiting for the GIL or a lock " + Fmt.ms(wait));
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
