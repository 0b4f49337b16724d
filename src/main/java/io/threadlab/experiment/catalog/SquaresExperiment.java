package io.threadlab.experiment.catalog;

import io.threadlab.command.Opt;
import io.threadlab.experiment.Mode;
import io.threadlab.experiment.Params;
import io.threadlab.experiment.Workload;
import io.threadlab.experiment.workloads.Squares;
import java.util.List;

/** squares: the articles' cpu_bound(5_000_000 + x). */
final class SquaresExperiment implements Experiment {
    public String name() { return "squares"; }
    public String summary() { return "for --count numbers n from --size up, sum i*i for i < n (CPU-bound)"; }
    public String mirrors() { return "cpu_bound(5_000_000 + x) for 20 numbers"; }
    public List<Opt<?>> options() { return List.of(Squares.COUNT, Squares.SIZE); }
    public List<Mode> modes() { return Cpu.MODES; }
    public List<Mode> defaultModes() { return Cpu.BASIC; }
    public boolean cpuBound() { return true; }
    public List<Mode> pythonModes() { return List.of(Mode.SEQUENTIAL, Mode.THREADS, Mode.PROCESSES); }
    public Workload create(Params p) { return new Squares(p); }
    public long taskCount(Params p, int workers) { return p.get(Squares.COUNT); }
}
