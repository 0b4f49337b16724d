package io.threadlab.experiment.report;

import io.threadlab.experiment.harness.RunReport;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The file formats: their names (for {@code --format}), their file extensions
 * (for {@code export}) and their writers, in one place. The table is the screen's own format.
 * The writers are chosen in {@link #write}, not held as fields, so that naming the formats at
 * start-up loads none of them.
 */
public enum ReportFormat {
    JSON("json", ".json"),
    CSV("csv", ".csv"),
    MARKDOWN("md", ".md"),
    /** The last run's charts (a picture of one run, not a log of many). */
    SVG("svg", ".svg"),
    /** Every run: tables and charts on one offline page. */
    HTML("html", ".html");

    private final String id;
    private final String extension;

    ReportFormat(String id, String extension) {
        this.id = id;
        this.extension = extension;
    }

    public String id() {
        return id;
    }

    public String write(List<RunReport> runs) {
        return switch (this) {
            case JSON -> JsonReport.many(runs) + "\n";
            case CSV -> CsvReport.of(runs);
            case MARKDOWN -> MarkdownReport.of(runs);
            case SVG -> SvgChart.of(runs.getLast());
            case HTML -> HtmlReport.of(runs);
        };
    }

    public String write(RunReport run) {
        return this == JSON ? JsonReport.one(run) : write(List.of(run));
    }

    public static Optional<ReportFormat> byId(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst();
    }

    /** The format a file name asks for by its extension. */
    public static Optional<ReportFormat> forFile(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> lower.endsWith(f.extension)).findFirst();
    }

    public static List<String> extensions() {
        return Arrays.stream(values()).map(f -> f.extension).toList();
    }
}
