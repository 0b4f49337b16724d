package io.threadlab.experiment.catalog;

import static io.threadlab.experiment.Mode.FORKJOIN;
import static io.threadlab.experiment.Mode.SEQUENTIAL;
import static io.threadlab.experiment.Mode.THREADS;
import static io.threadlab.experiment.Mode.THREAD_PER_TASK;
import static io.threadlab.experiment.Mode.VIRTUAL;

import io.threadlab.command.Opt;
import io.threadlab.experiment.Engine;
import io.threadlab.experiment.Mode;
import io.threadlab.experiment.Params;
import io.threadlab.experiment.RowId;
import io.threadlab.experiment.Workload;
import io.threadlab.experiment.workloads.Race;
import java.util.ArrayList;
import java.util.List;

/** race: --workers applies to every thread mode, since each worker is one task. */
final class RaceExperiment implements Experiment {
    public String name() { return "race"; }
    public String summary() { return "--workers threads each add 1 to one shared counter --increments times"; }
    public String mirrors() { return "x = x + 1 is not atomic"; }
    public List<Opt<?>> options() { return List.of(Race.INCREMENTS, Race.COUNTER); }
    public List<Opt<?>> parameters() { return List.of(Race.INCREMENTS, Race.COUNTER, Race.PACE); }
    public List<Mode> modes() { return List.of(SEQUENTIAL, THREADS, THREAD_PER_TASK, VIRTUAL, FORKJOIN); }
    public List<Mode> defaultModes() { return List.of(THREADS); }
    public boolean cpuBound() { return true; }
    public Workload create(Params p) { return new Race(p); }
    public long taskCount(Params p, int workers) { return workers; }
    /** Every worker count is a different amount of work, so a sweep compares nothing. */
    public boolean sweepable() { return false; }
    /** Rows compare counters, not modes against sequential. */
    public boolean hasSpeedup() { return false; }

    private static String pace(Mode mode, boolean gil) {
        if (gil && mode.sharesOneInterpreter()) {
            return "gil"; // The GIL decides the turns.
        }
        return mode == SEQUENTIAL ? "free" : "together";
    }

    public List<Mode> pythonModes() { return List.of(SEQUENTIAL, THREADS); }

    /**
     * CPython has a plain counter and a locked one; its threads take turns by the real GIL
     * (or run at once, without one), so no pacing.
     */
    @Override
    public List<RowPlan> pythonRows(List<Mode> modes, List<Integer> workers, Params params, Engine python) {
        List<String> counters = params.get(Race.COUNTER).stream().filter(Race.PYTHON_COUNTERS::contains).toList();
        if (counters.isEmpty()) {
            return List.of();
        }
        return Experiment.super.pythonRows(modes, workers, params.with(Race.COUNTER, counters), python).stream()
                .map(r -> new RowPlan(r.id(), r.params().with(Race.PACE, python.gil() ? "cpython" : "free"))).toList();
    }

    @Override
    public java.util.Optional<String> pythonLeavesOut(Params params) {
        List<String> jvmOnly = params.get(Race.COUNTER).stream().filter(c -> !Race.PYTHON_COUNTERS.contains(c)).toList();
        return jvmOnly.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of("CPython has no " + String.join(" or ", jvmOnly)
                + " counter (its counters are x += 1 and the same under a threading.Lock): those rows are JVM only");
    }

    public List<RowPlan> rows(List<Mode> modes, List<Integer> workers, boolean gil, Params params) {
        List<RowPlan> rows = new ArrayList<>();
        for (String counter : params.get(Race.COUNTER)) {
            for (Mode mode : modes) {
                // Sequential runs every worker's increments on one thread: the same work, no contention.
                for (int w : mode == SEQUENTIAL ? List.of(workers.stream().max(Integer::compare).orElse(1)) : workers) {
                    String label = modes.size() == 1 ? counter : mode.id() + " " + counter;
                    rows.add(new RowPlan(new RowId(label, mode, w, gil && mode.sharesOneInterpreter()),
                            params.with(Race.COUNTER, List.of(counter))
                                    .with(Race.PACE, pace(mode, gil))));
                }
            }
        }
        return rows;
    }
}
