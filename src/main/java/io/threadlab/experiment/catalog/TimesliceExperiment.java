package io.threadlab.experiment.catalog;

import io.threadlab.command.Opt;
import io.threadlab.experiment.Mode;
import io.threadlab.experiment.Params;
import io.threadlab.experiment.Workload;
import io.threadlab.experiment.workloads.Timeslice;
import java.util.List;

/** timeslice: one row per kind of thread; the result, not the time, is the finding. */
final class TimesliceExperiment implements Experiment {
    public String name() { return "timeslice"; }
    public String summary() { return "while threads compute, how long does one more thread wait to start? platform vs virtual"; }
    public String mirrors() { return "nothing in the articles: asyncio has the same trait, a task that never awaits holds the loop"; }
    public List<Opt<?>> options() { return List.of(Timeslice.KINDS, Timeslice.HOGS, Timeslice.SPIN); }
    public List<Mode> modes() { return List.of(Mode.SEQUENTIAL); }
    public List<Mode> defaultModes() { return modes(); }
    public Workload create(Params p) { return new Timeslice(p); }
    public long taskCount(Params p, int workers) { return p.get(Timeslice.HOGS) + 1; }
    public boolean hasModes() { return false; }

    public java.util.Optional<String> note(Params p) {
        return java.util.Optional.of("the finding is each row's result, the late thread's wait; with fewer computing threads than"
                + " cores, a core (or carrier) stays free and nobody waits");
    }

    public List<RowPlan> rows(List<Mode> modes, List<Integer> workers, boolean gil, Params params) {
        return RowPlan.perValue(params, Timeslice.KINDS, Timeslice::describeKind, 1);
    }
}
