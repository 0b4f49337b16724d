package io.threadlab.experiment.catalog;

import io.threadlab.command.Opt;
import io.threadlab.experiment.Mode;
import io.threadlab.experiment.Params;
import io.threadlab.experiment.Workload;
import io.threadlab.experiment.workloads.Deadlock;
import java.util.List;

/** deadlock: one row per way of taking two locks; two threads each time. */
final class DeadlockExperiment implements Experiment {
    public String name() { return "deadlock"; }
    public String summary() { return "two threads move money both ways between two accounts, locking them three ways"; }
    public String mirrors() { return "nothing in the articles: a GIL does not prevent deadlock either"; }
    public List<Opt<?>> options() { return List.of(Deadlock.LOCKING, Deadlock.TRANSFERS); }
    public List<Mode> modes() { return List.of(Mode.SEQUENTIAL); }
    public List<Mode> defaultModes() { return modes(); }
    public Workload create(Params p) { return new Deadlock(p); }
    public long taskCount(Params p, int workers) { return 2; }
    public boolean hasModes() { return false; }

    public java.util.Optional<String> note(Params p) {
        return java.util.Optional.of("a deadlocked row's time is how long it took the detector, asked every 20 ms, to find the cycle");
    }

    public List<RowPlan> rows(List<Mode> modes, List<Integer> workers, boolean gil, Params params) {
        return RowPlan.perValue(params, Deadlock.LOCKING, Deadlock::describeLocking, 2);
    }
}
