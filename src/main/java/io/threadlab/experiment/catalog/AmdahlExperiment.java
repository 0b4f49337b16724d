package io.threadlab.experiment.catalog;

import io.threadlab.command.Opt;
import io.threadlab.experiment.Mode;
import io.threadlab.experiment.Params;
import io.threadlab.experiment.Workload;
import io.threadlab.experiment.workloads.Amdahl;
import java.util.List;

/** amdahl: a serial part and a parallel part; one task per worker, so only modes with a worker count. */
final class AmdahlExperiment implements Experiment {
    public String name() { return "amdahl"; }
    public String summary() { return "sum squares: --serial percent alone first, the rest split over the workers (CPU-bound)"; }
    public String mirrors() { return "nothing in the articles: why 2 cores never give a full 2×"; }
    public List<Opt<?>> options() { return List.of(Amdahl.SERIAL, Amdahl.WORK); }
    public List<Mode> modes() { return List.of(Mode.SEQUENTIAL, Mode.THREADS, Mode.FORKJOIN, Mode.PROCESSES); }
    public List<Mode> defaultModes() { return Cpu.BASIC; }
    public boolean cpuBound() { return true; }
    public Workload create(Params p) { return new Amdahl(p); }
    public long taskCount(Params p, int workers) { return workers; }

    public java.util.Optional<String> note(Params p) {
        long s = p.get(Amdahl.SERIAL);
        return s == 0 ? java.util.Optional.empty() : java.util.Optional.of(String.format(java.util.Locale.ROOT,
                "%d%% of the work runs alone first, so Amdahl's law caps the speed-up at 1 / (%.2f + %.2f / workers)", s, s / 100.0, 1 - s / 100.0));
    }
}
