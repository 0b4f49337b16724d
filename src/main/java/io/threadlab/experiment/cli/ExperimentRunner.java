package io.threadlab.experiment.cli;

import io.threadlab.app.Session;
import io.threadlab.command.Invocation;
import io.threadlab.command.UsageException;
import io.threadlab.experiment.Cancellation;
import io.threadlab.experiment.Mode;
import io.threadlab.experiment.catalog.Experiment;
import io.threadlab.experiment.catalog.Experiments;
import io.threadlab.experiment.catalog.OptionDef;
import io.threadlab.experiment.catalog.RowPlan;
import io.threadlab.experiment.harness.Harness;
import io.threadlab.experiment.harness.ResultMismatchException;
import io.threadlab.experiment.harness.RowResult;
import io.threadlab.experiment.harness.RunReport;
import io.threadlab.experiment.harness.Settings;
import io.threadlab.experiment.report.CsvReport;
import io.threadlab.experiment.report.Fmt;
import io.threadlab.experiment.report.JsonReport;
import io.threadlab.experiment.report.MarkdownReport;
import io.threadlab.experiment.report.SweepSummary;
import io.threadlab.experiment.report.TableReport;
import io.threadlab.experiment.report.TimelineView;
import io.threadlab.output.Output;
import io.threadlab.output.TextWidth;
import io.threadlab.render.TableLayout;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;

/** The experiment commands' handlers: plan (validate everything), run, render. */
final class ExperimentRunner {
    private final Session session;
    private final Results results = new Results();

    ExperimentRunner(Session session) {
        this.session = session;
    }

    void listExperiments() {
        Output out = session.out();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(out.style().bold("experiment"), out.style().bold("what it does"), out.style().bold("Python demo")));
        for (Experiment e : Experiments.all()) {
            rows.add(List.of(out.style().bold(e.name()), e.summary(), e.mirrors()));
        }
        new TableLayout(out.style()).render(rows, out.width()).forEach(out::println);
        out.status("'help run' lists every option; e.g. run primes --modes sequential,threads --workers 2");
    }

    RunPlan planRun(Invocation inv) {
        Experiment experiment = ExperimentCommands.experiment(inv);
        Map<String, String> params = params(inv, experiment);
        List<Mode> modes = modes(inv, experiment, "modes", experiment.defaultModes());
        List<Integer> workers = inv.integers("workers", List.of(cores()), 1, 1_000_000);
        boolean gil = inv.has("gil");
        Settings settings = settings(inv);
        List<RowPlan> rows = experiment.rows(modes, workers, gil, params);
        Caps.check(experiment, rows);
        return new RunPlan(experiment, params, rows, settings, inv.choice("format", "table", ExperimentCommands.FORMATS));
    }

    RunPlan planSweep(Invocation inv) {
        Experiment experiment = ExperimentCommands.experiment(inv);
        if (!experiment.hasModes() || experiment.name().equals("race")) {
            throw new UsageException("sweep: '" + experiment.name() + "' does not scale with workers; try primes, squares, fetch, copy or sleep");
        }
        Map<String, String> params = params(inv, experiment);
        Mode mode = Mode.of(inv.choice("mode", "threads", List.of("threads", "forkjoin", "processes")));
        if (!experiment.modes().contains(mode)) {
            throw new UsageException("sweep: '" + experiment.name() + "' cannot run in " + mode.id());
        }
        List<Integer> workers = inv.integers("workers", ExperimentCommands.SWEEP_WORKERS, 1, 1_000_000).stream().sorted().toList();
        boolean gil = inv.has("gil");
        List<RowPlan> rows = new ArrayList<>(experiment.rows(List.of(Mode.SEQUENTIAL), List.of(1), false, params));
        rows.addAll(experiment.rows(List.of(mode), workers, gil, params));
        Caps.check(experiment, rows);
        return new RunPlan(experiment, params, rows, settings(inv), "table");
    }

    private static Map<String, String> params(Invocation inv, Experiment experiment) {
        Map<String, String> params = new LinkedHashMap<>();
        for (OptionDef option : experiment.options()) {
            params.put(option.name(), option.read(inv));
        }
        List<String> urls = inv.strings("url");
        for (String url : urls) {
            checkUrl(url);
        }
        if (!urls.isEmpty()) {
            params.put("urls", String.join("\n", urls));
        }
        return params;
    }

    private static void checkUrl(String url) {
        try {
            URI uri = URI.create(url);
            if (!List.of("http", "https").contains(String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT)) || uri.getHost() == null) {
                throw new IllegalArgumentException();
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException("--url: '" + io.threadlab.command.Printable.of(url) + "' is not an http(s) URL");
        }
    }

    private static List<Mode> modes(Invocation inv, Experiment experiment, String option, List<Mode> fallback) {
        if (!experiment.hasModes()) {
            if (inv.has("modes")) {
                throw new UsageException("--modes does not apply to '" + experiment.name() + "': it compares fixed rows");
            }
            return fallback;
        }
        List<String> allowed = experiment.modes().stream().map(Mode::id).toList();
        List<String> asked = inv.choices(option, fallback.stream().map(Mode::id).toList(), Mode.ids());
        for (String id : asked) {
            if (!allowed.contains(id)) {
                throw new UsageException("--modes: '" + experiment.name() + "' cannot run in " + id + "; allowed: "
                        + String.join(", ", allowed));
            }
        }
        return asked.stream().map(Mode::of).toList();
    }

    private static Settings settings(Invocation inv) {
        if (inv.has("switch-interval") && !inv.has("gil")) {
            throw new UsageException("--switch-interval needs --gil");
        }
        return new Settings(inv.integer("warmup", 1, 0, 20), inv.integer("repeat", 3, 1, 100),
                inv.integer("switch-interval", 5, 1, 1_000));
    }

    private static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    void run(Invocation inv) throws Exception {
        RunPlan plan = planRun(inv);
        RunReport report = execute(plan);
        Output out = session.out();
        switch (plan.format()) {
            case "json" -> out.println(JsonReport.one(report).strip());
            case "csv" -> out.println(CsvReport.of(List.of(report)).strip());
            default -> {
                new TableReport(out.style(), out.width()).render(report).forEach(out::println);
                out.status("'timeline' draws what each worker did · 'results' lists runs · 'export FILE' saves them");
            }
        }
    }

    void sweep(Invocation inv) throws Exception {
        RunPlan plan = planSweep(inv);
        RunReport report = execute(plan);
        Output out = session.out();
        new TableReport(out.style(), out.width()).render(report).forEach(out::println);
        out.blank();
        for (String line : SweepSummary.lines(report, out.style())) {
            TextWidth.wrap(line, out.width(), "", "  ").forEach(out::println);
        }
    }

    private RunReport execute(RunPlan plan) throws Exception {
        Cancellation cancellation = new Cancellation();
        Runnable undo = session.onCancel(cancellation::cancel);
        try {
            Harness harness = new Harness(plan.settings(), cancellation, session.out()::progress);
            RunReport report = harness.run(results.nextNumber(), plan.experiment(), plan.params(), plan.rows());
            results.add(report);
            return report;
        } catch (ResultMismatchException e) {
            throw new UsageException("error: " + e.getMessage());
        } catch (java.io.IOException e) {
            // A worker process died, or a --url page could not be fetched: the run stops, and
            // everything it started has been closed by the harness.
            throw new UsageException(e.getMessage() != null ? e.getMessage()
                    : "the run failed: " + e.getClass().getSimpleName());
        } catch (CancellationException e) {
            throw new CancellationException("the run was stopped; nothing is left running");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("the run was stopped; nothing is left running");
        } finally {
            undo.run();
        }
    }

    /** A number from the last run for a predict step; see {@link io.threadlab.app.LastRun}. */
    Optional<io.threadlab.app.LastRun.Measured> measure(String measure) {
        Optional<RunReport> last = results.last();
        if (last.isEmpty()) {
            return Optional.empty();
        }
        RunReport report = last.get();
        String kind = measure.split(" ", 2)[0];
        String rest = measure.substring(kind.length()).strip();
        if (kind.equals("ratio") && rest.contains(" / ")) {
            Optional<RowResult> a = row(report, rest.substring(0, rest.indexOf(" / ")).strip());
            Optional<RowResult> b = row(report, rest.substring(rest.indexOf(" / ") + 3).strip());
            if (a.isEmpty() || b.isEmpty()) {
                return Optional.empty();
            }
            double ratio = a.get().medianMs() / b.get().medianMs();
            return Optional.of(new io.threadlab.app.LastRun.Measured(ratio, rest.replace(" / ", " ÷ ") + " = "
                    + Fmt.times(ratio) + " (" + Fmt.ms(a.get().medianMs()) + " ÷ " + Fmt.ms(b.get().medianMs()) + ")"));
        }
        return row(report, rest).map(r -> switch (kind) {
            case "median" -> new io.threadlab.app.LastRun.Measured(r.medianMs(), Fmt.ms(r.medianMs()));
            case "speedup" -> new io.threadlab.app.LastRun.Measured(report.speedup(r), Fmt.times(report.speedup(r)));
            default -> new io.threadlab.app.LastRun.Measured(r.result().doubleValue(), r.resultText()
                    + (r.detail().isEmpty() ? "" : ", " + r.detail()));
        });
    }

    /** A row by its label, optionally with ×WORKERS: threads, threads×8, threads+gil×2, unsafe. */
    private static Optional<RowResult> row(RunReport report, String selector) {
        String[] parts = selector.split("×");
        return report.rows().stream()
                .filter(r -> TableReport.rowName(r).equals(parts[0]))
                .filter(r -> parts.length < 2 || Integer.toString(r.shownWorkers()).equals(parts[1]))
                .findFirst();
    }

    void timeline(Invocation inv) {
        RunReport report = results.last().orElseThrow(() -> new UsageException("no run yet; try 'run fetch' first"));
        String arg = inv.arg(0, Integer.toString(report.rows().size()));
        int n;
        try {
            n = Integer.parseInt(arg);
        } catch (NumberFormatException e) {
            n = -1;
        }
        if (n < 1 || n > report.rows().size()) {
            throw new UsageException("timeline: no row " + io.threadlab.command.Printable.of(arg) + " in run "
                    + report.number() + "; allowed: 1 to " + report.rows().size());
        }
        RowResult row = report.rows().get(n - 1);
        Output out = session.out();
        new TimelineView(out.style(), out.width()).render(row).forEach(out::println);
        if (report.rows().size() > 1) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < report.rows().size(); i++) {
                names.add((i + 1) + " " + TableReport.rowName(report.rows().get(i)));
            }
            out.status("other rows: " + String.join(" · ", names) + "  ('timeline N')");
        }
    }

    void results() {
        Output out = session.out();
        if (results.all().isEmpty()) {
            out.println("no runs yet in this session; 'experiments' lists what you can run");
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(out.style().bold("#"), out.style().bold("experiment"), out.style().bold("rows"),
                out.style().bold("fastest"), out.style().bold("params")));
        for (RunReport r : results.all()) {
            RowResult best = r.rows().stream().min((a, b) -> Double.compare(a.medianMs(), b.medianMs())).orElseThrow();
            rows.add(List.of(Integer.toString(r.number()), r.experiment(), Integer.toString(r.rows().size()),
                    TableReport.rowName(best) + " " + Fmt.ms(best.medianMs()), TextWidth.strip(paramsOf(r))));
        }
        new TableLayout(out.style()).rightAlign(true).render(rows, out.width()).forEach(out::println);
    }

    private static String paramsOf(RunReport r) {
        List<String> parts = new ArrayList<>();
        r.params().forEach((k, v) -> parts.add(k + "=" + v.replace('\n', ' ')));
        return String.join(" ", parts);
    }

    void export(Invocation inv) {
        List<RunReport> all = results.all();
        if (all.isEmpty()) {
            throw new UsageException("export: no runs yet in this session");
        }
        Path file = Path.of(inv.arg(0, "")).toAbsolutePath();
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String text;
        if (name.endsWith(".csv")) {
            text = CsvReport.of(all);
        } else if (name.endsWith(".json")) {
            text = JsonReport.many(all) + "\n";
        } else if (name.endsWith(".md")) {
            text = MarkdownReport.of(all);
        } else {
            throw new UsageException("export: cannot tell the format of '" + file.getFileName() + "'; end the name with .csv, .json or .md");
        }
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UsageException("export: cannot write " + file + ": " + e.getMessage());
        }
        session.out().println("wrote " + all.size() + " run(s) to " + file);
    }

    void sysinfo() {
        Output out = session.out();
        Runtime rt = Runtime.getRuntime();
        String vtParallelism = System.getProperty("jdk.virtualThreadScheduler.parallelism", Integer.toString(rt.availableProcessors()));
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(out.style().bold("machine"), out.style().bold("value")));
        rows.add(List.of("cores (availableProcessors)", Integer.toString(rt.availableProcessors())));
        rows.add(List.of("JVM", System.getProperty("java.vm.name") + " " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"));
        rows.add(List.of("OS", System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch")));
        rows.add(List.of("max heap", String.format(Locale.ROOT, "%,d MB", rt.maxMemory() >> 20)));
        rows.add(List.of("garbage collector", String.join(", ", java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()
                .stream().map(java.lang.management.GarbageCollectorMXBean::getName).toList())));
        rows.add(List.of("virtual-thread scheduler", "parallelism " + vtParallelism + ", max pool "
                + System.getProperty("jdk.virtualThreadScheduler.maxPoolSize", "256")));
        rows.add(List.of("caps", String.format(Locale.ROOT, "%,d platform threads · %,d virtual threads · %d worker processes",
                Caps.PLATFORM_THREADS, Caps.VIRTUAL_THREADS, Caps.processes())));
        new TableLayout(out.style()).render(rows, out.width()).forEach(out::println);
    }
}
