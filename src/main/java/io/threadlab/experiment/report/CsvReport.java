package io.threadlab.experiment.report;

import io.threadlab.experiment.harness.RowResult;
import io.threadlab.experiment.harness.RunReport;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** One CSV line per row, for spreadsheets and plotting. */
public final class CsvReport {
    /** params comes last: it is the one field that may hold commas (and so quotes). */
    private static final String[] HEADER = {"run", "experiment", "mode", "workers", "gil", "result",
        "wall_min_ms", "wall_median_ms", "wall_max_ms", "cold_ms", "cpu_median_ms", "cpu_per_wall", "gc_ms", "spawn_ms",
        "per_unit_ms", "speedup", "efficiency", "unstable", "runtime", "runtime_version", "speedup_vs_jvm", "params"};

    private CsvReport() {}

    public static String of(List<RunReport> reports) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).get())) {
            for (RunReport report : reports) {
                for (RowResult row : report.rows()) {
                    csv.printRecord(report.number(), report.experiment(), row.id().plainName(),
                            row.shownWorkers(), row.gil(), row.result(), Fmt.round3(row.minMs()), Fmt.round3(row.medianMs()),
                            Fmt.round3(row.maxMs()), Fmt.round3(row.coldMs()), Fmt.round3(row.cpuMs()),
                            Fmt.round3(row.cpuPerWall()), Fmt.round3(row.gcMs()), Fmt.round3(row.spawnMs()),
                            Fmt.round3(row.perUnitMs()), Fmt.round3(report.speedup(row)), Fmt.round3(report.efficiency(row)),
                            row.unstable(), row.id().engine().name(), row.id().engine().version(),
                            Fmt.round3(report.againstJvm(row)), TableReport.params(report));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
