package io.threadlab.experiment.harness;

import io.threadlab.experiment.Mode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One run command's results: what was run, on what machine, and a row per mode × workers.
 *
 * @param hasSpeedup whether the experiment's rows are meant to be compared against a sequential row
 */
public record RunReport(int number, String experiment, Map<String, String> params, int cores, String java,
                        Instant started, List<RowResult> rows, boolean hasSpeedup) {

    /** The sequential row that speedups are measured against, if the run has one. */
    public Optional<RowResult> baseline() {
        if (rows.stream().anyMatch(r -> !Double.isNaN(r.perUnitMs()))) {
            return Optional.empty(); // Rows that time different things (spawn) have no common baseline.
        }
        return rows.stream().filter(r -> r.mode() == Mode.SEQUENTIAL && !r.gil()).findFirst()
                .or(() -> rows.stream().filter(r -> r.mode() == Mode.SEQUENTIAL).findFirst());
    }

    /** Sequential median over this row's median, or NaN without a sequential row. */
    public double speedup(RowResult row) {
        return baseline().map(b -> b.medianMs() / row.medianMs()).orElse(Double.NaN);
    }

    /** Speedup per core actually usable: min(workers, cores). */
    public double efficiency(RowResult row) {
        double s = speedup(row);
        return Double.isNaN(s) ? Double.NaN : s / Math.max(1, Math.min(row.shownWorkers(), cores));
    }
}
