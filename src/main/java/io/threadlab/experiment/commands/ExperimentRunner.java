package io.threadlab.experiment.commands;

import io.threadlab.command.Opt;
import io.threadlab.command.ValueType;
import io.threadlab.command.CommandParser;
import io.threadlab.command.CommandSpec;
import io.threadlab.command.Invocation;
import io.threadlab.command.IoReason;
import io.threadlab.command.Printable;
import io.threadlab.command.Tokenizer;
import io.threadlab.command.CommandFailedException;
import io.threadlab.command.UsageException;
import io.threadlab.command.Values;
import io.threadlab.core.RunMeasures;
import io.threadlab.core.Session;
import io.threadlab.experiment.Cancellation;
import io.threadlab.experiment.Mode;
import io.threadlab.experiment.Params;
import io.threadlab.experiment.catalog.Experiment;
import io.threadlab.experiment.catalog.Experiments;
import io.threadlab.experiment.catalog.RowPlan;
import io.threadlab.experiment.harness.Harness;
import io.threadlab.experiment.python.PythonFinder;
import io.threadlab.experiment.strategy.Stragglers;
import io.threadlab.experiment.harness.ResultMismatchException;
import io.threadlab.experiment.harness.RowResult;
import io.threadlab.experiment.harness.RunReport;
import io.threadlab.experiment.harness.Settings;
import io.threadlab.experiment.report.Fmt;
import io.threadlab.experiment.report.ReportFormat;
import io.threadlab.experiment.report.SweepSummary;
import io.threadlab.experiment.report.TableReport;
import io.threadlab.experiment.report.TimelineView;
import io.threadlab.lesson.Measure;
import io.threadlab.output.Output;
import io.threadlab.progress.AtomicFiles;
import io.threadlab.output.TextWidth;
import io.threadlab.render.TableLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;

/** The experiment commands' handlers: plan (validate everything), run, render. */
final class ExperimentRunner {
    private final Session session;
    private final Results results;

    ExperimentRunner(Session session) {
        this.session = session;
        this.results = new Results(session.dataDir().resolve("results.jsonl"));
    }

    void listExperiments() {
        Output out = session.out();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(out.style().bold("experiment"), out.style().bold("what it does"), out.style().bold("Python demo")));
        for (Experiment e : Experiments.all()) {
            rows.add(List.of(out.style().bold(e.name()), e.summary(), e.mirrors()));
        }
        new TableLayout(out.style()).render(rows, out.width()).forEach(out::println);
        out.println("CPython beside the JVM (--runtime jvm,python): " + String.join(", ", Experiments.all().stream()
                .filter(e -> !e.pythonModes().isEmpty()).map(Experiment::name).toList()));
        out.status("'help run' lists every option; e.g. run primes --modes sequential,threads --workers 2");
    }

    RunPlan planRun(Invocation inv) {
        Experiment experiment = experiment(inv);
        Params params = params(inv, experiment);
        Runtimes runtimes = Runtimes.read(inv, experiment);
        List<Mode> modes = runtimes.checkPythonOnly(experiment, modes(inv, experiment), inv.has(ExperimentCommands.MODES));
        List<Integer> workers = Optional.ofNullable(inv.get(ExperimentCommands.WORKERS)).orElse(List.of(cores()));
        List<String> notes = new ArrayList<>();
        List<RowPlan> rows = runtimes.rows(experiment, modes, workers, inv.get(ExperimentCommands.GIL), params, notes);
        Caps.check(experiment, rows);
        return new RunPlan(experiment, params, rows, settings(inv), inv.get(ExperimentCommands.FORMAT), notes,
                runtimes.nothingToRun() ? runtimes.problem() : null);
    }

    RunPlan planSweep(Invocation inv) {
        Experiment experiment = experiment(inv);
        if (!experiment.sweepable()) {
            throw new UsageException("sweep: '" + experiment.name() + "' does not scale with workers; try "
                    + String.join(", ", Experiments.all().stream().filter(Experiment::sweepable).map(Experiment::name).toList()));
        }
        Params params = params(inv, experiment);
        Mode mode = Mode.of(inv.get(ExperimentCommands.SWEEP_MODE));
        if (!experiment.modes().contains(mode)) {
            throw new UsageException("sweep: '" + experiment.name() + "' cannot run in " + mode.id());
        }
        Runtimes runtimes = Runtimes.read(inv, experiment);
        runtimes.checkPythonOnly(experiment, List.of(mode), true);
        List<Integer> workers = inv.get(ExperimentCommands.SWEEP_WORKERS).stream().sorted().toList();
        List<String> notes = new ArrayList<>();
        List<RowPlan> all = new ArrayList<>(runtimes.rows(experiment, List.of(Mode.SEQUENTIAL), List.of(1), false, params, notes));
        all.addAll(runtimes.rows(experiment, List.of(mode), workers, inv.get(ExperimentCommands.GIL), params, notes));
        // The JVM's rows first, then CPython's, each beginning with its sequential row (the sort is stable).
        List<RowPlan> rows = all.stream().sorted(java.util.Comparator.comparing(r -> !r.id().engine().jvm())).toList();
        Caps.check(experiment, rows);
        return new RunPlan(experiment, params, rows, settings(inv), "table", notes.stream().distinct().toList(),
                runtimes.nothingToRun() ? runtimes.problem() : null);
    }

    /** The experiment the parser already checked exists. */
    private static Experiment experiment(Invocation inv) {
        return Experiments.find(inv.arg(0, "")).orElseThrow();
    }

    /** The experiment's parameters as given, or their defaults. */
    private static Params params(Invocation inv, Experiment experiment) {
        return Params.of(experiment.options(), inv::get);
    }

    private static List<Mode> modes(Invocation inv, Experiment experiment) {
        if (!experiment.hasModes()) {
            if (inv.has(ExperimentCommands.MODES)) {
                throw new UsageException("--modes does not apply to '" + experiment.name() + "': it compares fixed rows");
            }
            return experiment.defaultModes();
        }
        List<String> asked = inv.get(ExperimentCommands.MODES);
        if (asked == null) {
            return experiment.defaultModes();
        }
        List<String> allowed = experiment.modes().stream().map(Mode::id).toList();
        for (String id : asked) {
            if (!allowed.contains(id)) {
                throw new UsageException("--modes: '" + experiment.name() + "' cannot run in " + id + "; allowed: "
                        + String.join(", ", allowed));
            }
        }
        return asked.stream().map(Mode::of).toList();
    }

    private static Settings settings(Invocation inv) {
        return Settings.read(inv, inv.get(ExperimentCommands.GIL));
    }

    private static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    void run(Invocation inv) throws Exception {
        RunPlan plan = planRun(inv);
        RunReport report = execute(plan);
        Output out = session.out();
        Optional<ReportFormat> format = ReportFormat.byId(plan.format());
        if (format.isPresent()) {
            out.data(format.get().write(report).strip());
        } else {
            out.page(new TableReport(out.style(), out.width()).render(report));
            out.status("'timeline' draws what each worker did · 'results' lists runs · 'export FILE' saves them");
        }
    }

    void sweep(Invocation inv) throws Exception {
        RunPlan plan = planSweep(inv);
        RunReport report = execute(plan);
        Output out = session.out();
        // Table, bars, reading and Amdahl chart: over two screens at 80×24, so paged like a run's table.
        List<String> lines = new ArrayList<>(new TableReport(out.style(), out.width()).render(report));
        lines.add("");
        for (String line : SweepSummary.lines(report, out.style(), out.width())) {
            if (TextWidth.of(line) <= out.width()) {
                lines.add(line); // chart rows keep their alignment
            } else {
                lines.addAll(TextWidth.wrap(line, out.width(), "", "  "));
            }
        }
        out.page(lines);
    }

    private RunReport execute(RunPlan plan) throws Exception {
        Cancellation cancellation = new Cancellation();
        Runnable undo = session.onCancel(cancellation::cancel);
        try {
            if (Stragglers.pending()) {
                // A cancelled run's threads would take CPU from this one's measurement.
                Stragglers.await(() -> session.out().progress("waiting for the threads of the cancelled run to end..."));
            }
            if (plan.failure() != null) {
                throw new CommandFailedException(plan.failure());
            }
            // Row and repeat: the terminal adds the time so far, so a long sweep shows it is getting on.
            Harness harness = new Harness(plan.settings(), cancellation, session.out()::progress);
            RunReport report = harness.run(results.nextNumber(), plan.experiment(), plan.params(), plan.rows(), plan.notes());
            results.add(report);
            return report;
        } catch (ResultMismatchException e) {
            throw new CommandFailedException("error: " + e.getMessage());
        } catch (java.io.IOException e) {
            // A worker process died, or a --url page could not be fetched: the run stops, and
            // everything it started has been closed by the harness.
            throw new CommandFailedException(e.getMessage() != null ? e.getMessage()
                    : "the run failed: " + e.getClass().getSimpleName());
        } catch (CancellationException e) {
            throw new CancellationException(stopped());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException(stopped());
        } finally {
            undo.run();
        }
    }

    private static String stopped() {
        return Stragglers.pending()
                ? "the run was stopped; its threads were interrupted and are ending in the background (the next run waits for them)"
                : "the run was stopped; nothing is left running";
    }

    /** A number from the last run for a predict step; see {@link RunMeasures}. */
    Optional<RunMeasures.Measured> measure(Measure measure) {
        Optional<RunReport> last = results.last();
        if (last.isEmpty()) {
            return Optional.empty();
        }
        RunReport report = last.get();
        List<RowResult> rows = new ArrayList<>();
        for (Measure.RowRef ref : measure.rows()) {
            Optional<RowResult> row = report.rows().stream()
                    .filter(r -> ref.matches(r.id().name(), r.shownWorkers())).findFirst();
            if (row.isEmpty()) {
                return Optional.empty();
            }
            rows.add(row.get());
        }
        RowResult r = rows.getFirst();
        return Optional.of(switch (measure.kind()) {
            case RATIO -> {
                RowResult b = rows.get(1);
                double ratio = r.medianMs() / b.medianMs();
                yield new RunMeasures.Measured(ratio, measure.rows().get(0) + " ÷ " + measure.rows().get(1) + " = "
                        + Fmt.times(ratio) + " (" + Fmt.ms(r.medianMs()) + " ÷ " + Fmt.ms(b.medianMs()) + ")");
            }
            case MEDIAN -> new RunMeasures.Measured(r.medianMs(), Fmt.ms(r.medianMs()));
            case SPEEDUP -> new RunMeasures.Measured(report.speedup(r), Fmt.times(report.speedup(r)));
            case RESULT -> new RunMeasures.Measured(r.result().doubleValue(), r.resultText()
                    + (r.detail().isEmpty() ? "" : ", " + r.detail()));
        });
    }

    boolean busy() {
        return results.last().map(RunReport::busy).orElse(false);
    }

    List<String> doubts() {
        return results.last().map(RunReport::doubts).orElse(List.of());
    }

    /** The rows a run or sweep line would produce, for the lesson validator; nothing runs. */
    Optional<List<RunMeasures.Row>> rowsOf(String line) {
        List<String> words = Tokenizer.split(line);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        CommandSpec spec = session.registry().resolve(words.getFirst());
        boolean run = spec.name().equals("run");
        if (!run && !spec.name().equals("sweep")) {
            return Optional.empty();
        }
        Invocation inv = CommandParser.parse(spec, words.subList(1, words.size()));
        RunPlan plan = run ? planRun(inv) : planSweep(inv);
        return Optional.of(plan.rows().stream().map(r -> new RunMeasures.Row(r.id().name(), r.id().shownWorkers())).toList());
    }

    /** A window of the timeline, to see single GIL turns or single tasks. */
    static final Opt<Long> FROM = new Opt<>("from", "MS", "draw from this many milliseconds into the run",
            ValueType.number(0, 86_400_000), 0L, null, false, false);
    static final Opt<Long> TO = new Opt<>("to", "MS", "draw up to this many milliseconds into the run",
            ValueType.number(1, 86_400_000), null, "the run's end", false, false);

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
            throw new UsageException("timeline: no row " + Printable.of(arg) + " in run "
                    + report.number() + "; allowed: " + Values.range(1, report.rows().size()));
        }
        RowResult row = report.rows().get(n - 1);
        double lengthMs = row.timeline().lengthNanos() / 1e6;
        long from = inv.get(FROM);
        long to = inv.has(TO) ? inv.get(TO) : Long.MAX_VALUE;
        if (from >= lengthMs) {
            throw new UsageException("timeline: --from " + from + " is past the run's end; allowed: 0 to "
                    + (long) Math.floor(lengthMs) + " (the run took " + Fmt.ms(lengthMs) + ")");
        }
        if (to <= from) {
            throw new UsageException("timeline: --to " + to + " must be after --from " + from);
        }
        Output out = session.out();
        new TimelineView(out.style(), out.width()).render(row, from, to).forEach(out::println);
        if (report.busy()) {
            TextWidth.wrap(TableReport.busyLine(report, out.style()), out.width(), "", "  ").forEach(out::println);
        }
        if (report.rows().size() > 1) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < report.rows().size(); i++) {
                names.add((i + 1) + " " + report.rows().get(i).id().name());
            }
            out.status("other rows: " + String.join(", ", names) + "  ('timeline N')");
        }
    }

    /** {@code results}: the list; {@code results N}: run N's table again, as it was shown. */
    void results(Invocation inv) {
        Output out = session.out();
        if (results.all().isEmpty()) {
            out.println("no runs yet; 'experiments' lists what you can run");
            results.problem().ifPresent(out::status);
            return;
        }
        results.problem().ifPresent(out::status);
        if (!inv.args().isEmpty()) {
            String arg = inv.arg(0, "");
            RunReport report = results.all().stream().filter(r -> Integer.toString(r.number()).equals(arg)).findFirst()
                    .orElseThrow(() -> new UsageException("results: no run " + Printable.of(arg) + "; allowed: "
                            + Values.range(results.all().getFirst().number(), results.all().getLast().number())));
            out.page(new TableReport(out.style(), out.width()).render(report));
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(out.style().bold("#"), out.style().bold("experiment"), out.style().bold("modes"),
                out.style().bold("rows"), out.style().bold("fastest"), out.style().bold("params")));
        for (RunReport r : results.all()) {
            RowResult best = r.rows().stream().min((a, b) -> Double.compare(a.medianMs(), b.medianMs())).orElseThrow();
            String modes = String.join(",", r.rows().stream().map(x -> x.mode().id()).distinct().toList())
                    + (r.rows().stream().anyMatch(RowResult::gil) ? " --gil" : "");
            rows.add(List.of(Integer.toString(r.number()), r.experiment(), modes, Integer.toString(r.rows().size()),
                    best.id().name() + " " + Fmt.ms(best.medianMs()), TextWidth.strip(paramsOf(r))));
        }
        new TableLayout(out.style()).rightAlign(true).render(rows, out.width()).forEach(out::println);
        out.status("'results N' shows run N's table again · the last " + Results.KEEP + " runs are kept in " + session.dataDir());
    }

    private static String paramsOf(RunReport r) {
        List<String> parts = new ArrayList<>();
        r.params().forEach((k, v) -> parts.add(k + "=" + v.replace('\n', ' ')));
        return String.join(" ", parts);
    }

    static final Opt<Boolean> FORCE = Opt.flag("force", "replace FILE if it exists");

    void export(Invocation inv) {
        List<RunReport> all = results.session();
        if (all.isEmpty()) {
            throw new UsageException("export: no runs yet in this session");
        }
        Path file = Path.of(inv.arg(0, "")).toAbsolutePath();
        ReportFormat format = ReportFormat.forFile(file.getFileName().toString()).orElseThrow(() -> new UsageException(
                "export: cannot tell the format of '" + Printable.of(file.getFileName().toString()) + "'; end the name with "
                        + String.join(", ", ReportFormat.extensions())));
        if (Files.exists(file) && !inv.get(FORCE)) {
            throw new UsageException("export: " + file + " already exists; add --force to replace it, or choose another name");
        }
        if (Files.isDirectory(file)) {
            throw new UsageException("export: " + file + " is a folder; give a file name ending in "
                    + String.join(", ", ReportFormat.extensions()));
        }
        String text = format.write(all);
        try {
            AtomicFiles.write(file, text); // a failed write never leaves half a file
        } catch (IOException e) {
            throw new CommandFailedException("export: cannot write " + file + " (" + IoReason.of(e) + ")");
        }
        session.out().println(format == ReportFormat.SVG ? "wrote the charts of run " + all.getLast().number() + " to " + file
                : "wrote " + all.size() + (all.size() == 1 ? " run" : " runs") + " to " + file);
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
        rows.add(List.of("Python (--python " + PythonFinder.DEFAULT + ")",
                switch (PythonFinder.find(PythonFinder.DEFAULT)) {
                    case PythonFinder.Usable u -> u.engine().name() + " " + u.engine().version()
                            + (u.engine().gil() ? ", with its GIL" : ", free-threaded (no GIL)") + " · " + u.engine().command();
                    case PythonFinder.Unusable u -> u.problem();
                }));
        rows.add(List.of("caps", String.format(Locale.ROOT, "%,d platform threads · %,d virtual threads · %d worker processes",
                Caps.PLATFORM_THREADS, Caps.VIRTUAL_THREADS, Caps.processes())));
        new TableLayout(out.style()).render(rows, out.width()).forEach(out::println);
    }
}
