package io.threadlab.experiment.catalog;

import io.threadlab.experiment.Mode;
import io.threadlab.experiment.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A named experiment: its options, the modes it runs in, and how to build its workload.
 * By default its rows are every mode × worker count; experiments that compare other
 * things (spawn, share, race) plan their own rows.
 */
public interface Experiment {
    String name();

    String summary();

    /** The Python demo it re-creates. */
    String mirrors();

    List<OptionDef> options();

    List<Mode> modes();

    List<Mode> defaultModes();

    Workload create(Map<String, String> params);

    /** Tasks one run starts, for the thread and process caps. */
    long taskCount(Map<String, String> params, int workers);

    /** Whether --workers and --modes mean anything here. */
    default boolean hasModes() {
        return true;
    }

    /** Set for experiments that time a unit of work, e.g. "spawn": the table then shows time per unit. */
    default String unit() {
        return null;
    }

    default List<RowPlan> rows(List<Mode> modes, List<Integer> workers, boolean gil, Map<String, String> params) {
        List<RowPlan> rows = new ArrayList<>();
        for (Mode mode : modes) {
            if (mode.usesWorkerCount()) {
                for (int w : workers) {
                    rows.add(new RowPlan(mode.id(), mode, w, gil && mode.sharesOneInterpreter(), params));
                }
            } else {
                int w = mode == Mode.SEQUENTIAL ? 1 : (int) Math.min(Integer.MAX_VALUE, taskCount(params, 1));
                rows.add(new RowPlan(mode.id(), mode, w, gil && mode.sharesOneInterpreter(), params));
            }
        }
        return rows;
    }

    /** A simple experiment from its parts. */
    record Simple(String name, String summary, String mirrors, List<OptionDef> options, List<Mode> modes,
                  List<Mode> defaultModes, Function<Map<String, String>, Workload> factory,
                  java.util.function.ToLongFunction<Map<String, String>> tasks) implements Experiment {
        @Override
        public Workload create(Map<String, String> params) {
            return factory.apply(params);
        }

        @Override
        public long taskCount(Map<String, String> params, int workers) {
            return tasks.applyAsLong(params);
        }
    }
}
