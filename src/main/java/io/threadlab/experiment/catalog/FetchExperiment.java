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
import java.util.Locale;
import java.util.Optional;

/** fetch: local pages with a set latency, or real URLs. */
final class FetchExperiment implements Experiment {
    public String name() { return "fetch"; }
    public String summary() { return "--requests HTTP GETs to a local server with --latency ms, reading each <title> (I/O-bound)"; }
    public String mirrors() { return "downloading 13 or 80 URLs"; }
    public List<Opt<?>> options() { return List.of(Fetch.REQUESTS, Fetch.LATENCY, Fetch.JITTER, Fetch.SIZE, Fetch.URL); }
    public List<Opt<?>> parameters() { return List.of(Fetch.REQUESTS, Fetch.LATENCY, Fetch.JITTER, Fetch.SIZE, Fetch.URL, Fetch.BASE); }
    public List<Mode> modes() { return Cpu.IO_MODES; }
    public List<Mode> defaultModes() { return List.of(SEQUENTIAL, THREADS, VIRTUAL, ASYNC); }
    public List<Mode> pythonModes() { return List.of(Mode.SEQUENTIAL, Mode.THREADS, Mode.PROCESSES, Mode.ASYNC); }
    public Workload create(Params p) { return new Fetch(p); }
    /** Each connection in flight takes a descriptor in the client, and one in the local server; each page is held about three times (bytes, text, server). */
    @Override
    public Optional<String> overBudget(RowPlan row) {
        Params p = row.params();
        boolean local = p.get(Fetch.URL).isEmpty();
        long inFlight = Budget.inFlight(row.id().mode(), row.id().workers(), taskCount(p, row.id().workers()));
        long fds = (local ? 2 : 1) * inFlight + 64;
        long fdLimit = Budget.freeFileDescriptors();
        String cheaper = " Use fewer --requests, or --modes threads with a few --workers";
        if (fdLimit > 0 && fds > fdLimit) {
            return Optional.of(String.format(Locale.ROOT, "fetch in %s would hold %,d connections open at once, about %,d"
                    + " file descriptors; this process may open %,d more (see 'ulimit -n').%s",
                    row.id().mode().id(), inFlight, fds, fdLimit, cheaper));
        }
        long pageBytes = local ? p.get(Fetch.SIZE) * 1024 : Fetch.MAX_PAGE_BYTES;
        long bytes = 3 * pageBytes * inFlight;
        if (bytes > Budget.maxHeapBytes() / 2) {
            return Optional.of(String.format(Locale.ROOT, "fetch in %s would hold %,d pages in memory at once, about %s;"
                    + " half the heap is %s.%s, or a smaller --size", row.id().mode().id(), inFlight, Budget.size(bytes),
                    Budget.size(Budget.maxHeapBytes() / 2), cheaper));
        }
        return Optional.empty();
    }

    public long taskCount(Params p, int workers) {
        List<String> urls = p.get(Fetch.URL);
        return urls.isEmpty() ? p.get(Fetch.REQUESTS) : urls.size();
    }
}
