package io.threadlab.experiment.catalog;

import io.threadlab.command.Opt;
import io.threadlab.experiment.Mode;
import io.threadlab.experiment.Params;
import io.threadlab.experiment.Workload;
import io.threadlab.experiment.workloads.Copy;
import java.util.List;

/** copy: disk I/O in a temp folder. */
final class CopyExperiment implements Experiment {
    public String name() { return "copy"; }
    public String summary() { return "copy --files files of --file-size MB inside a temp folder, then clean up (disk I/O)"; }
    public String mirrors() { return "copying files with worker threads"; }
    public List<Opt<?>> options() { return List.of(Copy.FILES, Copy.FILE_SIZE); }
    public List<Opt<?>> parameters() { return List.of(Copy.FILES, Copy.FILE_SIZE, Copy.DIR); }
    public List<Mode> modes() { return Cpu.MODES; }
    public List<Mode> defaultModes() { return Cpu.BASIC; }
    public Workload create(Params p) { return new Copy(p); }
    public long taskCount(Params p, int workers) { return p.get(Copy.FILES); }
}
