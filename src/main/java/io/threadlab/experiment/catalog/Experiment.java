package io.threadlab.experiment.catalog;

import io.threadlab.command.Opt;
import io.threadlab.experiment.Engine;
import io.threadlab.experiment.Mode;
import io.threadlab.experiment.Params;
import io.threadlab.experiment.RowId;
import io.threadlab.experiment.Workload;
import java.util.ArrayList;
import java.util.List;

/**
 * A named experiment describes itself: its options, the modes it runs in, how to build its
 * workload, and what its rows and results mean. Nothing else branches on its name. By default
 * its rows are every mode × worker count; experiments that compare other things (spawn,
 * share, race) plan their own rows.
 */
public interface Experiment {
    String name();

    String summary();

    /** The Python demo it re-creates. */
    String mirrors();

    /** The options a learner may give, each declared once with its type, default and range. */
    List<Opt<?>> options();

    /** Everything a worker JVM may be sent: the options plus hidden ones set by the program. */
    default List<Opt<?>> parameters() {
        return options();
    }

    List<Mode> modes();

    List<Mode> defaultModes();

    Workload create(Params params);

    /** Tasks one run starts, for the thread and process caps. */
    long taskCount(Params params, int workers);

    /**
     * What a row needs beyond threads (file descriptors, heap, disk) when it is more than the
     * machine has: one line saying so, checked before anything starts.
     */
    default java.util.Optional<String> overBudget(RowPlan row) {
        return java.util.Optional.empty();
    }

    /** What a reader of this experiment's table must know to read it right, shown under it. */
    default java.util.Optional<String> note(Params params) {
        return java.util.Optional.empty();
    }

    /** Whether --workers and --modes mean anything here. */
    default boolean hasModes() {
        return true;
    }

    /** Whether a sweep over worker counts means anything here. */
    default boolean sweepable() {
        return hasModes();
    }

    /** Whether rows are compared by speedup against a sequential row. */
    default boolean hasSpeedup() {
        return hasModes() && unit() == null;
    }

    /** Whether the work only computes, so that other programs taking the CPU skew its figures. */
    default boolean cpuBound() {
        return false;
    }

    /** Set for experiments that time a unit of work, e.g. "spawn": the table then shows time per unit. */
    default String unit() {
        return null;
    }

    /**
     * The modes the bundled CPython script runs this experiment in; empty when it has no
     * CPython version. They are the notebooks' three: a for-loop, a ThreadPoolExecutor and a
     * multiprocessing Pool, plus asyncio where the work waits.
     */
    default List<Mode> pythonModes() {
        return List.of();
    }

    /**
     * The CPython rows for the same modes, workers and parameters as the JVM rows: this
     * experiment's own rows, for the modes CPython has, run by {@code python}.
     */
    default List<RowPlan> pythonRows(List<Mode> modes, List<Integer> workers, Params params, Engine python) {
        List<Mode> own = modes.stream().filter(pythonModes()::contains).toList();
        return rows(own, workers, false, params).stream()
                .map(r -> new RowPlan(r.id().in(python), r.params())).toList();
    }

    /** What the CPython rows leave out of these parameters beyond whole modes, in a sentence; empty if nothing. */
    default java.util.Optional<String> pythonLeavesOut(Params params) {
        return java.util.Optional.empty();
    }

    default List<RowPlan> rows(List<Mode> modes, List<Integer> workers, boolean gil, Params params) {
        List<RowPlan> rows = new ArrayList<>();
        for (Mode mode : modes) {
            if (mode.usesWorkerCount()) {
                for (int w : workers) {
                    rows.add(new RowPlan(new RowId(mode.id(), mode, w, gil && mode.sharesOneInterpreter()), params));
                }
            } else {
                int w = mode == Mode.SEQUENTIAL ? 1 : (int) Math.min(Integer.MAX_VALUE, taskCount(params, 1));
                rows.add(new RowPlan(new RowId(mode.id(), mode, w, gil && mode.sharesOneInterpreter()), params));
            }
        }
        return rows;
    }
}
