package io.threadlab.experiment.catalog;

import io.threadlab.command.Opt;
import io.threadlab.experiment.Mode;
import io.threadlab.experiment.Params;
import io.threadlab.experiment.Workload;
import io.threadlab.experiment.workloads.Visibility;
import java.util.List;

/** visibility: one row per way of reading the flag; each run is its own JVM, so times include its start. */
final class VisibilityExperiment implements Experiment {
    public String name() { return "visibility"; }
    public String summary() { return "a thread spins until it sees a flag another thread sets: plain, opaque or volatile"; }
    public String mirrors() { return "nothing: CPython's GIL makes every write visible at the next switch"; }
    public List<Opt<?>> options() { return List.of(Visibility.FLAGS, Visibility.DELAY, Visibility.DEADLINE); }
    public List<Mode> modes() { return List.of(Mode.SEQUENTIAL); }
    public List<Mode> defaultModes() { return modes(); }
    public Workload create(Params p) { return new Visibility(p); }
    public long taskCount(Params p, int workers) { return 1; }
    public boolean hasModes() { return false; }

    public java.util.Optional<String> note(Params p) {
        return java.util.Optional.of("each run is a fresh JVM (its start is most of the times above); the row's result says"
                + " how long after the write the reader stopped spinning");
    }

    public List<RowPlan> rows(List<Mode> modes, List<Integer> workers, boolean gil, Params params) {
        return RowPlan.perValue(params, Visibility.FLAGS, Visibility::describeFlag, 1);
    }
}
