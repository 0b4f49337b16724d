package io.threadlab.experiment.commands;

import io.threadlab.lesson.Measure;
import io.threadlab.command.CommandSpec;
import io.threadlab.command.Opt;
import io.threadlab.core.Lazy;
import io.threadlab.core.RunMeasures;
import io.threadlab.core.Session;
import io.threadlab.experiment.Mode;
import io.threadlab.experiment.catalog.Experiment;
import io.threadlab.experiment.catalog.Experiments;
import io.threadlab.experiment.harness.Settings;
import io.threadlab.experiment.report.ReportFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The experiment commands and every option they take, each declared once. Handlers live in
 * {@link ExperimentRunner}, and the catalog loads on first use, so start-up loads neither.
 */
public final class ExperimentCommands {
    static final Opt<List<String>> MODES = Opt.choices("modes", "modes to run", null, Mode.ids())
            .defaultShown("depends on the experiment");
    static final Opt<List<Integer>> WORKERS = Opt.integers("workers", "worker counts for threads, forkjoin and processes",
            null, 1, 1_000_000).defaultShown("the core count");
    static final Opt<String> FORMAT = Opt.choice("format", "FORMAT", "how to print the result", "table", formats());

    /** A sweep grows the worker count, so only modes that take one. */
    static final Opt<String> SWEEP_MODE = Opt.choice("mode", "M", "the mode to sweep", "threads",
            Arrays.stream(Mode.values()).filter(Mode::usesWorkerCount).map(Mode::id).toList());
    static final Opt<List<Integer>> SWEEP_WORKERS = Opt.integers("workers", "worker counts to try",
            List.of(1, 2, 4, 8, 16, 32, 64), 1, 1_000_000);

    static final Opt<Boolean> GIL = Opt.flag("gil", "simulate CPython's global interpreter lock in the thread modes");
    /** How rows are measured (declared with the settings they fill) and whether under the GIL. */
    static final List<Opt<?>> MEASURING = measuring();

    private ExperimentCommands() {}

    private static List<Opt<?>> measuring() {
        List<Opt<?>> all = new ArrayList<>(Settings.OPTIONS);
        all.add(GIL);
        return List.copyOf(all);
    }

    private static List<String> formats() {
        List<String> ids = new ArrayList<>(List.of("table"));
        Arrays.stream(ReportFormat.values()).map(ReportFormat::id).forEach(ids::add);
        return ids;
    }

    public static List<CommandSpec> specs(Session session) {
        Lazy<ExperimentRunner> runner = Lazy.of(() -> new ExperimentRunner(session));
        session.provide(RunMeasures.class, new RunMeasures() {
            public Optional<Measured> measure(Measure measure) {
                return runner.get().measure(measure);
            }

            public Optional<List<Row>> rowsOf(String line) {
                return runner.get().rowsOf(line);
            }

            public List<String> doubts() {
                return runner.get().doubts();
            }

            public boolean busy() {
                return runner.get().busy();
            }
        });
        CommandSpec run = CommandSpec.builder("run", "run an experiment in every mode × worker count and compare the times")
                .arguments("EXPERIMENT", 1, 1)
                .argumentValues(Experiments::names)
                .argumentOptions(ExperimentCommands::optionsOf)
                .option(MODES).option(WORKERS).options(MEASURING).options(Runtimes.OPTIONS).option(FORMAT)
                .validator(i -> runner.get().planRun(i))
                .handler(i -> runner.get().run(i));
        CommandSpec sweep = CommandSpec.builder("sweep", "run one mode at growing worker counts: where does adding workers stop helping?")
                .arguments("EXPERIMENT", 1, 1)
                .argumentValues(Experiments::names)
                .argumentOptions(ExperimentCommands::optionsOf)
                .option(SWEEP_MODE).option(SWEEP_WORKERS).options(MEASURING).options(Runtimes.OPTIONS)
                .validator(i -> runner.get().planSweep(i))
                .handler(i -> runner.get().sweep(i));
        return List.of(
                CommandSpec.builder("experiments", "list the experiments and the Python demos they re-create")
                        .handler(i -> runner.get().listExperiments()),
                run,
                sweep,
                CommandSpec.builder("timeline", "draw the last run's per-worker activity (row N, default the last row)")
                        .arguments("[N]", 0, 1)
                        .option(ExperimentRunner.FROM).option(ExperimentRunner.TO)
                        .handler(i -> runner.get().timeline(i)),
                CommandSpec.builder("results", "list your runs (the last 50, kept across sessions), or show run N's table again")
                        .arguments("[N]", 0, 1)
                        .handler(i -> runner.get().results(i)),
                CommandSpec.builder("export", "write this session's runs to FILE: "
                                + String.join(", ", ReportFormat.extensions()) + ", by its extension")
                        .arguments("FILE", 1, 1)
                        .pathArgument()
                        .option(ExperimentRunner.FORCE)
                        .handler(i -> runner.get().export(i)),
                CommandSpec.builder("sysinfo", "show cores, JVM, heap, GC and the virtual-thread scheduler")
                        .handler(i -> runner.get().sysinfo()));
    }

    /** An experiment's own options, or empty for a name that is not an experiment. */
    private static Optional<List<Opt<?>>> optionsOf(String name) {
        return Experiments.find(name).map(Experiment::options);
    }
}
