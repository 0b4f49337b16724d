package io.threadlab.experiment.catalog;

import static io.threadlab.experiment.Mode.SEQUENTIAL;
import static io.threadlab.experiment.Mode.THREADS;
import static io.threadlab.experiment.Mode.VIRTUAL;

import io.threadlab.command.Opt;
import io.threadlab.experiment.Mode;
import io.threadlab.experiment.Params;
import io.threadlab.experiment.Workload;
import io.threadlab.experiment.workloads.Sleep;
import java.util.List;

/** sleep: pure waiting, at scale. */
final class SleepExperiment implements Experiment {
    public String name() { return "sleep"; }
    public String summary() { return "--tasks tasks that each block for --duration ms (pure waiting)"; }
    public String mirrors() { return "a thread per task, at scale"; }
    public List<Opt<?>> options() { return List.of(Sleep.TASKS, Sleep.DURATION); }
    public List<Mode> modes() { return Cpu.IO_MODES; }
    public List<Mode> defaultModes() { return List.of(SEQUENTIAL, THREADS, VIRTUAL); }
    public List<Mode> pythonModes() { return List.of(Mode.SEQUENTIAL, Mode.THREADS, Mode.PROCESSES, Mode.ASYNC); }
    public Workload create(Params p) { return new Sleep(p); }
    public long taskCount(Params p, int workers) { return p.get(Sleep.TASKS); }
}
