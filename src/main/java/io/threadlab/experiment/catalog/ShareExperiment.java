package io.threadlab.experiment.catalog;

import io.threadlab.command.Opt;
import io.threadlab.experiment.Mode;
import io.threadlab.experiment.Params;
import io.threadlab.experiment.RowId;
import io.threadlab.experiment.Workload;
import io.threadlab.experiment.workloads.Share;
import java.util.List;

/** share: the same writes through threads and through processes. */
final class ShareExperiment implements Experiment {
    public String name() { return "share"; }
    public String summary() { return "threads write into the parent's map; processes write into their own copies"; }
    public String mirrors() { return "RESULTS = dict() with Thread vs Process"; }
    public List<Opt<?>> options() { return List.of(Share.ITEMS); }
    public List<Opt<?>> parameters() { return List.of(Share.ITEMS, Share.VIA); }
    public List<Mode> modes() { return List.of(Mode.THREADS, Mode.PROCESSES); }
    public List<Mode> defaultModes() { return modes(); }
    public Workload create(Params p) { return new Share(p); }
    public long taskCount(Params p, int workers) { return p.get(Share.ITEMS); }
    public boolean hasModes() { return false; }

    public List<RowPlan> rows(List<Mode> modes, List<Integer> workers, boolean gil, Params params) {
        int w = workers.getFirst();
        return List.of(
                new RowPlan(new RowId("threads", Mode.THREADS, w, false), params.with(Share.VIA, "shared")),
                new RowPlan(new RowId("processes", Mode.PROCESSES, w, false), params.with(Share.VIA, "copy")),
                new RowPlan(new RowId("processes+pipe", Mode.PROCESSES, w, false), params.with(Share.VIA, "pipe")));
    }
}
