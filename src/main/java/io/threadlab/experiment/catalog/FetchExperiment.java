package io.threadlab.experiment.catalog;

import static io.threadlab.experiment.Mode.ASYNC;
import static io.threadlab.experiment.Mode.SEQUENTIAL;
import static io.threadlab.experiment.Mode.THREADS;
import static io.threadlab.experiment.Mode.VIRTUAL;

import io.threadlab.command.Opt;
import io.threadlab.experiment.Mode;
import io.threadlab.experiment.Params;
import io.threadlab.experiment.Workload;
import io.threadlab.experiment.workloads.Fetch;
import java.util.List;

/** fetch: local pages with a set latency, or real URLs. */
final class FetchExperiment implements Experiment {
    public String name() { return "fetch"; }
    public String summary() { return "--requests HTTP GETs to a local server with --latency ms, reading each <title> (I/O-bound)"; }
    public String mirrors() { return "downloading 13 or 80 URLs"; }
    public List<Opt<?>> options() { return List.of(Fetch.REQUESTS, Fetch.LATENCY, Fetch.JITTER, Fetch.SIZE, Fetch.URL); }
    public List<Opt<?>> parameters() { return List.of(Fetch.REQUESTS, Fetch.LATENCY, Fetch.JITTER, Fetch.SIZE, Fetch.URL, Fetch.BASE); }
    public List<Mode> modes() { return Cpu.IO_MODES; }
    public List<Mode> defaultModes() { return List.of(SEQUENTIAL, THREADS, VIRTUAL, ASYNC); }
    public Workload create(Params p) { return new Fetch(p); }
    public long taskCount(Params p, int workers) {
        List<String> urls = p.get(Fetch.URL);
        return urls.isEmpty() ? p.get(Fetch.REQUESTS) : urls.size();
    }
}
