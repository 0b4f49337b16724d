package io.threadlab.experiment.report;

import io.threadlab.experiment.Engine;
import io.threadlab.experiment.harness.RowResult;
import io.threadlab.experiment.harness.RunReport;
import io.threadlab.output.Style;
import io.threadlab.output.TextWidth;
import io.threadlab.render.TableLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A run as the learner sees it: aligned columns, a bar chart of median wall time, and notes. */
public final class TableReport {
    private final Style style;
    private final int width;

    public TableReport(Style style, int width) {
        this.style = style;
        this.width = width;
    }

    public List<String> render(RunReport report) {
        List<String> out = new ArrayList<>();
        out.addAll(TextWidth.wrap(style.bold(report.experiment()) + style.dim("  " + params(report) + " · " + report.cores() + " cores"
                + runtimes(report)), width, "", "  "));
        out.addAll(table(report));
        out.add("");
        out.addAll(bars(report));
        out.add("");
        for (String note : conclusions(report)) {
            out.addAll(TextWidth.wrap(note, width, "", "  "));
        }
        return out;
    }

    /** With CPython rows, which runtimes ran: rows without a runtime in their name are the JVM's. */
    static String runtimes(RunReport report) {
        if (report.engines().stream().allMatch(Engine::jvm)) {
            return "";
        }
        return report.engines().stream().map(e -> " · " + e.name() + " " + e.version() + (e.jvm() || e.gil() ? "" : " (no GIL)"))
                .reduce("", String::concat);
    }

    /** name=value pairs; a list of URLs is shown by its count, which keeps the line short. */
    static String params(RunReport report) {
        List<String> parts = new ArrayList<>();
        report.params().forEach((k, v) -> {
            if (!v.isEmpty()) { // An option left unset (fetch's --url) says nothing.
                parts.add(k + "=" + (v.contains("\n") ? v.lines().count() + " values" : v));
            }
        });
        return String.join(" ", parts);
    }

    private List<String> table(RunReport report) {
        boolean units = report.rows().stream().anyMatch(r -> !Double.isNaN(r.perUnitMs()));
        // Rows that compare counters, not modes, have no speed-up: an empty column says nothing.
        boolean fourthShown = units || report.hasSpeedup();
        List<String> names = new ArrayList<>(List.of("mode", "workers", "median", "range", "cold"));
        if (fourthShown) {
            names.add(units ? "per spawn" : "speedup  /core");
        }
        names.addAll(List.of("cpu/wall", "cpu"));
        List<List<String>> rows = new ArrayList<>();
        rows.add(new ArrayList<>(header(names)));
        for (RowResult row : report.rows()) {
            String flag = row.unstable() ? style.error(" !") : report.busy() ? style.error(" ~") : "";
            double eff = report.efficiency(row);
            List<String> cells = new ArrayList<>(List.of(row.id().name(), Integer.toString(row.shownWorkers()),
                    style.bold(Fmt.ms(row.medianMs())) + flag, Fmt.range(row.minMs(), row.maxMs()), Fmt.ms(row.coldMs())));
            if (fourthShown) {
                cells.add(units ? Fmt.ms(row.perUnitMs())
                        : Fmt.times(report.speedup(row)) + (Double.isNaN(eff) ? "" : style.dim(" " + Fmt.percent(eff))));
            }
            cells.addAll(List.of(Fmt.ratio(row.cpuPerWall()), Fmt.ms(row.cpuMs())));
            rows.add(cells);
        }
        // On a narrow screen, drop the columns the story needs least, one at a time, and say so:
        // the CPU milliseconds (cpu/wall still tells), then the cold run, then the range.
        List<String> hidden = new ArrayList<>();
        for (String name : List.of("cpu", "cold", "range")) {
            if (naturalWidth(rows) <= width) {
                break;
            }
            int at = names.indexOf(name);
            rows.forEach(r -> r.remove(at));
            names.remove(at);
            hidden.add(name);
        }
        boolean[] right = new boolean[names.size()];
        java.util.Arrays.fill(right, 1, right.length, true);
        List<String> out = new ArrayList<>(new TableLayout(style).rightAlign(right).render(rows, width));
        if (!hidden.isEmpty()) {
            out.add(style.dim("(" + String.join(", ", hidden) + (hidden.size() == 1 ? " column" : " columns")
                    + " hidden at " + width + " columns; 'export FILE' keeps every column)"));
        }
        return out;
    }

    private static int naturalWidth(List<List<String>> rows) {
        int columns = rows.getFirst().size();
        int total = 2 * (columns - 1);
        for (int c = 0; c < columns; c++) {
            int col = c;
            total += rows.stream().mapToInt(r -> TextWidth.of(r.get(col))).max().orElse(0);
        }
        return total;
    }

    private List<String> header(List<String> names) {
        return names.stream().map(style::bold).toList();
    }

    private List<String> bars(RunReport report) {
        List<String> out = new ArrayList<>();
        int label = report.rows().stream().mapToInt(r -> TextWidth.of(r.id().title())).max().orElse(10);
        double max = report.rows().stream().mapToDouble(RowResult::medianMs).max().orElse(1);
        int room = Math.max(10, Math.min(50, width - label - 14));
        out.add(style.dim("median wall time (shorter is faster)"));
        for (RowResult row : report.rows()) {
            int len = max <= 0 ? 0 : (int) Math.round(room * row.medianMs() / max);
            String bar = "█".repeat(Math.max(len, 1));
            out.add(TextWidth.padRight(row.id().title(), label) + "  " + style.bright(org.jline.jansi.Ansi.Color.CYAN, bar)
                    + " " + Fmt.ms(row.medianMs()));
        }
        return out;
    }

    /** The one line that replaces every conclusion when the run got less CPU than it needed, or ran at two speeds. */
    public static String busyLine(RunReport report, Style style) {
        if (!report.starved()) {
            return style.error("~") + " unsteady run: " + String.join("; ", report.doubts())
                    + ". Every speed-up is measured against that row, so none is concluded. Run it again: a virtual"
                    + " machine that shares its host can slow down for seconds at a time, and code the JIT has not"
                    + " finished compiling runs slower at first.";
        }
        return style.error("~") + " busy machine: " + String.join("; ", report.doubts()).replaceFirst("^the machine was busy: ", "")
                + ". Other programs took CPU time, so these times say more about them than about threads:"
                + " no speed-up is concluded. Close what is running (see 'top'), then run it again.";
    }

    /** What the run showed, under the table: the result check, doubts, speed-up or runtime comparisons, notes. */
    List<String> conclusions(RunReport report) {
        List<String> out = new ArrayList<>();
        report.notes().forEach(n -> out.add(style.accent("note: ") + n));
        List<String> results = report.rows().stream().map(RowResult::resultText).distinct().toList();
        // A note on a result (updates lost) is the finding itself, never a passed check.
        boolean noted = report.rows().stream().anyMatch(r -> !r.detail().isEmpty());
        if (results.size() == 1 && !noted) {
            out.add("result: " + results.getFirst() + style.ok(" ✓ checked") + style.dim(report.rows().size() > 1 ? ", all rows agree" : ""));
        } else {
            int pad = Math.min(32, 2 + report.rows().stream().mapToInt(r -> TextWidth.of(r.id().name())).max().orElse(18));
            for (RowResult row : report.rows()) {
                out.add(TextWidth.padRight(row.id().name() + ": ", pad) + row.resultText()
                        + (row.detail().isEmpty() ? "" : style.accent(" · " + row.detail())));
            }
        }
        for (RowResult row : report.rows()) {
            if (!Double.isNaN(row.spawnMs())) {
                out.add(style.dim(String.format(Locale.ROOT, "%s: starting the %s took %s (not in the times above)",
                        row.id().title(), row.id().engine().jvm() ? "worker JVMs" : "pool's processes", Fmt.ms(row.spawnMs()))));
            }
            if (row.gil()) {
                out.add(style.dim(String.format(Locale.ROOT, "%s: the simulated GIL changed hands %,d times in the last run",
                        row.id().name(), row.gilSwitches())));
            }
            if (row.gcMs() > 0.05 * row.medianMs() && row.gcMs() >= 1) {
                out.add(style.dim(row.id().name() + ": GC took " + Fmt.ms(row.gcMs()) + " of " + Fmt.ms(row.medianMs())));
            }
        }
        boolean units = report.rows().stream().anyMatch(r -> !Double.isNaN(r.perUnitMs()));
        if (report.busy()) {
            out.add(busyLine(report, style));
        } else if (!units && report.baseline().isPresent() && report.rows().size() > 1) {
            out.addAll(RuntimeComparison.lines(report, style));
        }
        if (!report.busy() && !units && report.hasSpeedup() && report.baseline().isPresent() && report.rows().size() > 1) {
            out.add(style.dim("speedup = " + (report.mixed() ? "the same runtime's " : "") + "sequential median ÷ this median; % = speedup per core used"
                    + (report.cpuBound()
                        ? " (CPU-bound work cannot beat 100%: above it, the sequential row was slowed by noise)"
                        : " (over 100% means the time went on waiting, not computing)")));
        }
        if (report.rows().stream().anyMatch(RowResult::unstable)) {
            out.add(style.error("!") + " unstable: the slowest repeat took over twice the fastest; the machine was busy"
                    + " or the run is short. Try more --repeat or a bigger size.");
        }
        if (report.hasSpeedup() && report.baseline().isEmpty() && report.rows().size() > 1) {
            out.add(style.dim("no sequential row, so no speedup; add --modes sequential,..."));
        }
        return out;
    }
}
