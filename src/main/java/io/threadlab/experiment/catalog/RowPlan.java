package io.threadlab.experiment.catalog;

import io.threadlab.command.Opt;
import io.threadlab.experiment.Mode;
import io.threadlab.experiment.Params;
import io.threadlab.experiment.RowId;
import java.util.List;
import java.util.function.Function;

/** One row of a run: what it is, and the workload's parameters for it. */
public record RowPlan(RowId id, Params params) {

    /**
     * For experiments that compare kinds of something, not modes (spawn, visibility, deadlock,
     * timeslice): one row per value of {@code option}, named by {@code name}, each run once by
     * the calling thread with {@code workers} shown as its worker count.
     */
    static List<RowPlan> perValue(Params params, Opt<List<String>> option, Function<String, String> name, int workers) {
        return params.get(option).stream()
                .map(v -> new RowPlan(new RowId(name.apply(v), Mode.SEQUENTIAL, workers, false), params.with(option, List.of(v))))
                .toList();
    }
}
