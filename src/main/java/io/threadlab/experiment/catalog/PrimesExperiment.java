package io.threadlab.experiment.catalog;

import io.threadlab.command.Opt;
import io.threadlab.experiment.Mode;
import io.threadlab.experiment.Params;
import io.threadlab.experiment.Workload;
import io.threadlab.experiment.workloads.Primes;
import java.util.List;

/** primes: the CPU-bound seed of the articles. */
final class PrimesExperiment implements Experiment {
    public String name() { return "primes"; }
    public String summary() { return "sum the primes below --limit by trial division, in --chunk-sized tasks (CPU-bound)"; }
    public String mirrors() { return "sum of all primes below 1,000,000"; }
    public List<Opt<?>> options() { return List.of(Primes.LIMIT, Primes.CHUNK); }
    public List<Mode> modes() { return Cpu.MODES; }
    public List<Mode> defaultModes() { return Cpu.BASIC; }
    public boolean cpuBound() { return true; }
    public List<Mode> pythonModes() { return List.of(Mode.SEQUENTIAL, Mode.THREADS, Mode.PROCESSES); }
    public Workload create(Params p) { return new Primes(p); }
    public long taskCount(Params p, int workers) { return Cpu.ceilDiv(p.get(Primes.LIMIT), p.get(Primes.CHUNK)); }
}
