package io.threadlab.experiment.catalog;

import static io.threadlab.experiment.Mode.ASYNC;
import static io.threadlab.experiment.Mode.FORKJOIN;
import static io.threadlab.experiment.Mode.PROCESSES;
import static io.threadlab.experiment.Mode.SEQUENTIAL;
import static io.threadlab.experiment.Mode.THREADS;
import static io.threadlab.experiment.Mode.THREAD_PER_TASK;
import static io.threadlab.experiment.Mode.VIRTUAL;

import io.threadlab.experiment.Mode;
import io.threadlab.experiment.Params;
import io.threadlab.experiment.Workload;
import io.threadlab.experiment.workloads.Copy;
import io.threadlab.experiment.workloads.Fetch;
import io.threadlab.experiment.workloads.Primes;
import io.threadlab.experiment.workloads.Race;
import io.threadlab.experiment.workloads.Share;
import io.threadlab.experiment.workloads.Sleep;
import io.threadlab.experiment.workloads.Spawn;
import io.threadlab.experiment.workloads.Squares;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every experiment, by name. Worker JVMs use the same table to rebuild a workload. */
public final class Experiments {
    private static final List<Mode> CPU_MODES = List.of(SEQUENTIAL, THREADS, THREAD_PER_TASK, VIRTUAL, FORKJOIN, PROCESSES);
    private static final List<Mode> IO_MODES = List.of(SEQUENTIAL, THREADS, THREAD_PER_TASK, VIRTUAL, FORKJOIN, PROCESSES, ASYNC);

    /** The race counters; kept here so listing options does not load the workloads. */
    public static final List<String> COUNTERS = List.of("unsafe", "synchronized", "atomic", "adder");
    /** What spawn can start, and how rows name it. */
    public static final Map<String, String> SPAWN_KINDS = Map.of(
            "thread", "platform thread", "virtual", "virtual thread", "process", "child JVM process");

    private static final Map<String, Experiment> ALL = new LinkedHashMap<>();

    static {
        add(new Experiment.Simple("primes", "sum the primes below --limit by trial division, in --chunk-sized tasks (CPU-bound)",
                "sum of all primes below 1,000,000",
                List.of(OptionDef.number("limit", "sum primes below this", 5_000_000, 10, 50_000_000),
                        OptionDef.number("chunk", "numbers per task", 10_000, 10, 50_000_000)),
                CPU_MODES, List.of(SEQUENTIAL, THREADS), p -> new Primes(p),
                p -> ceilDiv(Params.getLong(p, "limit"), Params.getLong(p, "chunk"))));
        add(new Experiment.Simple("squares", "for --count numbers n from --size up, sum i*i for i < n (CPU-bound)",
                "cpu_bound(5_000_000 + x) for 20 numbers",
                List.of(OptionDef.number("count", "how many numbers (one task each)", 20, 1, 10_000),
                        OptionDef.number("size", "the first number n; the others are n+1, n+2, ...", 100_000_000, 1, 1_000_000_000)),
                CPU_MODES, List.of(SEQUENTIAL, THREADS), p -> new Squares(p), p -> Params.getLong(p, "count")));
        add(new FetchExperiment());
        add(new Experiment.Simple("copy", "copy --files files of --file-size MB inside a temp folder, then clean up (disk I/O)",
                "copying files with worker threads",
                List.of(OptionDef.number("files", "how many files (one task each)", 16, 1, 1_000),
                        OptionDef.number("file-size", "size of each file in MB", 16, 1, 256)),
                CPU_MODES, List.of(SEQUENTIAL, THREADS), p -> new Copy(p), p -> Params.getLong(p, "files")));
        add(new Experiment.Simple("sleep", "--tasks tasks that each block for --duration ms (pure waiting)",
                "a thread per task, at scale",
                List.of(OptionDef.number("tasks", "how many tasks", 10, 1, 1_000_000),
                        OptionDef.number("duration", "how long each task blocks, in ms", 100, 0, 60_000)),
                IO_MODES, List.of(SEQUENTIAL, THREADS, VIRTUAL), p -> new Sleep(p), p -> Params.getLong(p, "tasks")));
        add(new SpawnExperiment());
        add(new ShareExperiment());
        add(new RaceExperiment());
    }

    private Experiments() {}

    private static void add(Experiment e) {
        ALL.put(e.name(), e);
    }

    static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }

    public static List<Experiment> all() {
        return List.copyOf(ALL.values());
    }

    public static List<String> names() {
        return List.copyOf(ALL.keySet());
    }

    public static Optional<Experiment> find(String name) {
        return Optional.ofNullable(ALL.get(name));
    }

    /** Rebuilds a workload from its name and params (in a worker JVM). */
    public static Workload workload(String name, Map<String, String> params) {
        return ALL.get(name).create(params);
    }

    /** Every experiment option, for the run command's single option table. */
    public static Map<String, List<Map.Entry<String, OptionDef>>> optionsByName() {
        Map<String, List<Map.Entry<String, OptionDef>>> out = new LinkedHashMap<>();
        for (Experiment e : ALL.values()) {
            for (OptionDef o : e.options()) {
                out.computeIfAbsent(o.name(), k -> new ArrayList<>()).add(Map.entry(e.name(), o));
            }
        }
        return out;
    }

    /** fetch: local pages with set latency, or real URLs. */
    static final class FetchExperiment implements Experiment {
        public String name() { return "fetch"; }
        public String summary() { return "--requests HTTP GETs to a local server with --latency ms, reading each <title> (I/O-bound)"; }
        public String mirrors() { return "downloading 13 or 80 URLs"; }
        public List<OptionDef> options() {
            return List.of(OptionDef.number("requests", "how many pages to fetch", 20, 1, 100_000),
                    OptionDef.numbers("latency", "server latency in ms, or a per-page table cycled over the pages", 50, 0, 10_000),
                    OptionDef.number("jitter", "random +/- ms added to each latency (the same on every run)", 0, 0, 10_000),
                    OptionDef.number("size", "page size in KB", 16, 1, 10_240));
        }
        public List<Mode> modes() { return IO_MODES; }
        public List<Mode> defaultModes() { return List.of(SEQUENTIAL, THREADS, VIRTUAL, ASYNC); }
        public Workload create(Map<String, String> params) { return new Fetch(params); }
        public long taskCount(Map<String, String> params, int workers) {
            String urls = params.getOrDefault("urls", "");
            return urls.isEmpty() ? Params.getLong(params, "requests") : urls.split("\n").length;
        }
    }

    /** spawn: one row per kind of thing started. */
    static final class SpawnExperiment implements Experiment {
        public String name() { return "spawn"; }
        public String summary() { return "the cost to start and join one platform thread, one virtual thread, one child JVM"; }
        public String mirrors() { return "Thread vs Process \"hello world\""; }
        public List<OptionDef> options() {
            return List.of(OptionDef.number("count", "how many of each to start, one after another", 20, 1, 10_000),
                    OptionDef.choice("kinds", "what to start", "thread,virtual,process", List.of("thread", "virtual", "process")));
        }
        public List<Mode> modes() { return List.of(SEQUENTIAL); }
        public List<Mode> defaultModes() { return List.of(SEQUENTIAL); }
        public Workload create(Map<String, String> params) { return new Spawn(params); }
        public long taskCount(Map<String, String> params, int workers) { return Params.getLong(params, "count"); }
        public boolean hasModes() { return false; }
        public String unit() { return "spawn"; }
        public List<RowPlan> rows(List<Mode> modes, List<Integer> workers, boolean gil, Map<String, String> params) {
            List<RowPlan> rows = new ArrayList<>();
            for (String kind : params.get("kinds").split(",")) {
                Map<String, String> p = new LinkedHashMap<>(params);
                p.put("kind", kind);
                rows.add(new RowPlan(SPAWN_KINDS.get(kind), SEQUENTIAL, 1, false, p));
            }
            return rows;
        }
    }

    /** share: the same writes through threads and through processes. */
    static final class ShareExperiment implements Experiment {
        public String name() { return "share"; }
        public String summary() { return "threads write into the parent's map; processes write into their own copies"; }
        public String mirrors() { return "RESULTS = dict() with Thread vs Process"; }
        public List<OptionDef> options() {
            return List.of(OptionDef.number("items", "how many results to write", 10, 1, 100_000));
        }
        public List<Mode> modes() { return List.of(THREADS, PROCESSES); }
        public List<Mode> defaultModes() { return List.of(THREADS, PROCESSES); }
        public Workload create(Map<String, String> params) { return new Share(params); }
        public long taskCount(Map<String, String> params, int workers) { return Params.getLong(params, "items"); }
        public boolean hasModes() { return false; }
        public List<RowPlan> rows(List<Mode> modes, List<Integer> workers, boolean gil, Map<String, String> params) {
            int w = workers.getFirst();
            return List.of(
                    new RowPlan("threads", THREADS, w, false, with(params, "via", "shared")),
                    new RowPlan("processes", PROCESSES, w, false, with(params, "via", "copy")),
                    new RowPlan("processes+pipe", PROCESSES, w, false, with(params, "via", "pipe")));
        }
    }

    /** race: --workers applies to every thread mode, since each worker is one task. */
    static final class RaceExperiment implements Experiment {
        public String name() { return "race"; }
        public String summary() { return "--workers threads each add 1 to one shared counter --increments times"; }
        public String mirrors() { return "x = x + 1 is not atomic"; }
        public List<OptionDef> options() {
            return List.of(OptionDef.number("increments", "increments per worker", 1_000_000, 1, 100_000_000),
                    OptionDef.choice("counter", "which counter(s) to use", "unsafe,synchronized,atomic,adder", COUNTERS));
        }
        public List<Mode> modes() { return List.of(SEQUENTIAL, THREADS, THREAD_PER_TASK, VIRTUAL, FORKJOIN); }
        public List<Mode> defaultModes() { return List.of(THREADS); }
        public Workload create(Map<String, String> params) { return new Race(params); }
        public long taskCount(Map<String, String> params, int workers) { return workers; }
        public List<RowPlan> rows(List<Mode> modes, List<Integer> workers, boolean gil, Map<String, String> params) {
            List<RowPlan> rows = new ArrayList<>();
            for (String counter : params.get("counter").split(",")) {
                for (Mode mode : modes) {
                    // Sequential runs every worker's increments on one thread: the same work, no contention.
                    for (int w : mode == SEQUENTIAL ? List.of(workers.stream().max(Integer::compare).orElse(1)) : workers) {
                        String label = modes.size() == 1 ? counter : mode.id() + " " + counter;
                        rows.add(new RowPlan(label, mode, w, gil && mode.sharesOneInterpreter(),
                                with(params, "counter", counter)));
                    }
                }
            }
            return rows;
        }
    }

    static Map<String, String> with(Map<String, String> params, String key, String value) {
        Map<String, String> p = new LinkedHashMap<>(params);
        p.put(key, value);
        return p;
    }
}
