package io.threadlab.experiment.catalog;

import io.threadlab.command.Opt;
import io.threadlab.experiment.Mode;
import io.threadlab.experiment.Params;
import io.threadlab.experiment.Workload;
import io.threadlab.experiment.workloads.Spawn;
import java.util.List;

/** spawn: one row per kind of thing started, timed per unit. */
final class SpawnExperiment implements Experiment {
    public String name() { return "spawn"; }
    public String summary() { return "the cost to start and join one platform thread, one virtual thread, one child JVM"; }
    public String mirrors() { return "Thread vs Process \"hello world\""; }
    public List<Opt<?>> options() { return List.of(Spawn.COUNT, Spawn.KINDS); }
    public List<Mode> modes() { return List.of(Mode.SEQUENTIAL); }
    public List<Mode> defaultModes() { return modes(); }
    public Workload create(Params p) { return new Spawn(p); }
    public long taskCount(Params p, int workers) { return p.get(Spawn.COUNT); }
    public boolean hasModes() { return false; }
    public String unit() { return "spawn"; }

    public List<RowPlan> rows(List<Mode> modes, List<Integer> workers, boolean gil, Params params) {
        return RowPlan.perValue(params, Spawn.KINDS, Spawn::describeKind, 1);
    }
}
