package io.threadlab.experiment.report;

import io.threadlab.experiment.harness.RowResult;
import io.threadlab.experiment.harness.RunReport;
import io.threadlab.output.Style;
import io.threadlab.output.TextWidth;
import java.util.List;

/**
 * Every run of a session on one self-contained page: for each, its table and its pictures
 * as inline SVG. No script, no stylesheet or font fetched from anywhere, so it opens offline
 * and can be mailed or put on a slide as it is.
 */
final class HtmlReport {
    private static final int TEXT_WIDTH = 100;

    private HtmlReport() {}

    static String of(List<RunReport> runs) {
        StringBuilder out = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <title>threadlab runs</title>
                <style>
                body { font-family: "DejaVu Sans", Helvetica, Arial, sans-serif; margin: 2em; color: #222; }
                table { border-collapse: collapse; margin: 0.5em 0 1em; }
                th, td { border-bottom: 1px solid #ddd; padding: 0.25em 0.8em; text-align: right; white-space: nowrap; }
                th:first-child, td:first-child, td.result { text-align: left; }
                td.result { white-space: normal; overflow-wrap: anywhere; color: #555; }
                .result { color: #555; }
                pre { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 0.85em; color: #333; }
                </style>
                </head>
                <body>
                <h1>threadlab runs</h1>
                """);
        for (RunReport run : runs) {
            out.append("<h2>run ").append(run.number()).append(": ").append(SvgChart.esc(run.experiment())).append("</h2>\n");
            out.append("<p class=\"result\">").append(SvgChart.esc(TableReport.params(run))).append(" · ").append(run.cores())
                    .append(" cores · ").append(SvgChart.esc(run.java())).append("</p>\n");
            out.append("<table>\n<tr><th>mode</th><th>workers</th><th>median</th><th>range</th>")
                    .append(run.hasSpeedup() ? "<th>speed-up</th>" : "").append("<th>cpu/wall</th><th>result</th></tr>\n");
            for (RowResult r : run.rows()) {
                out.append("<tr><td>").append(SvgChart.esc(r.id().name())).append("</td><td>").append(r.shownWorkers())
                        .append("</td><td>").append(SvgChart.esc(Fmt.ms(r.medianMs()))).append("</td><td>")
                        .append(SvgChart.esc(Fmt.range(r.minMs(), r.maxMs()))).append("</td>");
                if (run.hasSpeedup()) {
                    out.append("<td>").append(SvgChart.esc(Fmt.times(run.speedup(r)))).append("</td>");
                }
                out.append("<td>").append(SvgChart.esc(Fmt.ratio(r.cpuPerWall()))).append("</td><td class=\"result\">")
                        .append(SvgChart.esc(r.resultText() + (r.detail().isEmpty() ? "" : " · " + r.detail()))).append("</td></tr>\n");
            }
            out.append("</table>\n");
            // What the run showed, as the terminal said it (notes and doubts included), so a page
            // on a slide carries its own caveats; monospace keeps the text charts aligned.
            List<String> said = new java.util.ArrayList<>(new TableReport(Style.PLAIN, TEXT_WIDTH).conclusions(run));
            if (!SvgChart.sweepRows(run).isEmpty()) {
                said.add("");
                // The sentences only: the text chart's bars are drawn properly by the SVG below.
                SweepSummary.lines(run, Style.PLAIN, TEXT_WIDTH).stream()
                        .filter(l -> !l.contains("█") && !l.startsWith("speed-up by workers:")).forEach(said::add);
            }
            out.append("<pre>");
            for (String line : said) {
                for (String part : TextWidth.wrap(line, TEXT_WIDTH, "", "  ")) {
                    out.append(SvgChart.esc(part)).append('\n');
                }
            }
            out.append("</pre>\n");
            out.append(SvgChart.inline(run));
        }
        return out.append("</body>\n</html>\n").toString();
    }
}
