package io.threadlab.experiment.report;

import io.threadlab.experiment.harness.RunReport;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The machine-readable formats: their names (for {@code --format}), their file extensions
 * (for {@code export}) and their writers, in one place. The table is the screen's own format.
 */
public enum ReportFormat {
    JSON("json", ".json", runs -> JsonReport.many(runs) + "\n", run -> JsonReport.one(run)),
    CSV("csv", ".csv", CsvReport::of, run -> CsvReport.of(List.of(run))),
    MARKDOWN("md", ".md", MarkdownReport::of, run -> MarkdownReport.of(List.of(run)));

    private final String id;
    private final String extension;
    private final Function<List<RunReport>, String> many;
    private final Function<RunReport, String> one;

    ReportFormat(String id, String extension, Function<List<RunReport>, String> many, Function<RunReport, String> one) {
        this.id = id;
        this.extension = extension;
        this.many = many;
        this.one = one;
    }

    public String id() {
        return id;
    }

    public String write(List<RunReport> runs) {
        return many.apply(runs);
    }

    public String write(RunReport run) {
        return one.apply(run);
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
