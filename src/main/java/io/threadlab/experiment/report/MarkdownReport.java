package io.threadlab.experiment.report;

import io.threadlab.experiment.harness.RowResult;
import io.threadlab.experiment.harness.RunReport;
import java.util.List;

/** Runs as Markdown tables, to paste into notes or an issue. */
public final class MarkdownReport {
    private MarkdownReport() {}

    public static String of(List<RunReport> reports) {
        StringBuilder out = new StringBuilder("# threadlab results\n");
        for (RunReport report : reports) {
            out.append("\n## Run ").append(report.number()).append(": ").append(report.experiment()).append("\n\n")
                    .append('`').append(TableReport.params(report)).append("` · ").append(report.cores())
                    .append(" cores · Java ").append(report.java()).append(TableReport.runtimes(report)).append("\n\n")
                    .append("| mode | workers | median | min | max | cpu | cpu/wall | speedup | result |\n")
                    .append("|---|---:|---:|---:|---:|---:|---:|---:|---|\n");
            for (RowResult row : report.rows()) {
                out.append("| ").append(row.id().name()).append(" | ").append(row.shownWorkers())
                        .append(" | ").append(Fmt.ms(row.medianMs())).append(" | ").append(Fmt.ms(row.minMs()))
                        .append(" | ").append(Fmt.ms(row.maxMs())).append(" | ").append(Fmt.ms(row.cpuMs()))
                        .append(" | ").append(Fmt.ratio(row.cpuPerWall())).append(" | ").append(Fmt.times(report.speedup(row)))
                        .append(" | ").append(row.resultText().replace("|", "\\|")).append(" |\n");
            }
        }
        return out.toString();
    }
}
