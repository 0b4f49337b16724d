package io.threadlab.experiment.cli;

import io.threadlab.app.Session;
import io.threadlab.command.CommandSpec;
import io.threadlab.command.Invocation;
import io.threadlab.command.Printable;
import io.threadlab.command.UsageException;
import io.threadlab.experiment.Mode;
import io.threadlab.experiment.catalog.Experiment;
import io.threadlab.experiment.catalog.Experiments;
import io.threadlab.experiment.catalog.OptionDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The experiment commands' definitions. Handlers live in {@link ExperimentRunner} and
 * friends, so the experiment engine is loaded only when a learner first runs one.
 */
public final class ExperimentCommands {
    static final List<String> FORMATS = List.of("table", "json", "csv");
    static final List<Integer> SWEEP_WORKERS = List.of(1, 2, 4, 8, 16, 32, 64);

    private ExperimentCommands() {}

    public static List<CommandSpec> specs(Session session) {
        Supplier<ExperimentRunner> runner = () -> session.extension(ExperimentRunner.class, () -> new ExperimentRunner(session));
        session.extension(io.threadlab.app.LastRun.class, () -> measure -> runner.get().measure(measure));
        CommandSpec.Builder run = CommandSpec.builder("run", "run an experiment in every mode × worker count and compare the times")
                .arguments("EXPERIMENT", 0, 1)
                .argumentValues(Experiments::names)
                .option("modes", "M[,M...]", "modes to run: " + String.join(", ", Mode.ids()) + " (default depends on the experiment)",
                        Mode::ids)
                .option("workers", "N[,N...]", "worker counts for threads, forkjoin and processes (default: the core count)");
        common(run);
        experimentOptions(run);
        run.repeatableOption("url", "URL", "fetch: download this real page instead of the local server (needs a network)");
        run.option("format", "FORMAT", "table (default), json or csv", () -> FORMATS);

        CommandSpec.Builder sweep = CommandSpec.builder("sweep", "run one mode at growing worker counts: where does adding workers stop helping?")
                .arguments("EXPERIMENT", 0, 1)
                .argumentValues(Experiments::names)
                .option("mode", "M", "threads (default), forkjoin or processes", () -> List.of("threads", "forkjoin", "processes"))
                .option("workers", "N[,N...]", "worker counts to try (default 1,2,4,8,16,32,64)");
        common(sweep);
        experimentOptions(sweep);

        return List.of(
                CommandSpec.builder("experiments", "list the experiments and the Python demos they re-create")
                        .handler(i -> runner.get().listExperiments()),
                run.validator(i -> runner.get().planRun(i)).handler(i -> runner.get().run(i)),
                sweep.validator(i -> runner.get().planSweep(i)).handler(i -> runner.get().sweep(i)),
                CommandSpec.builder("timeline", "draw the last run's per-worker activity (row N, default the last row)")
                        .arguments("[N]", 0, 1)
                        .handler(i -> runner.get().timeline(i)),
                CommandSpec.builder("results", "list this session's runs").handler(i -> runner.get().results()),
                CommandSpec.builder("export", "write this session's runs to FILE: .csv, .json or .md, by its extension")
                        .arguments("FILE", 1, 1)
                        .handler(i -> runner.get().export(i)),
                CommandSpec.builder("sysinfo", "show cores, JVM, heap, GC and the virtual-thread scheduler")
                        .handler(i -> runner.get().sysinfo()));
    }

    private static void common(CommandSpec.Builder b) {
        b.option("repeat", "R", "timed repeats per row (default 3; 1 to 100)")
                .option("warmup", "W", "untimed warm-up runs per row, shown as 'cold' (default 1; 0 to 20)")
                .flag("gil", "simulate CPython's global interpreter lock in the thread modes")
                .option("switch-interval", "MS", "with --gil: how long a waiter waits before asking for the GIL (default 5; 1 to 1,000)");
    }

    /** Every experiment's options, merged by name, so one Options table serves them all. */
    private static void experimentOptions(CommandSpec.Builder b) {
        for (Map.Entry<String, List<Map.Entry<String, OptionDef>>> e : Experiments.optionsByName().entrySet()) {
            String description = e.getValue().stream().map(x -> x.getKey() + ": " + x.getValue().help())
                    .collect(Collectors.joining("; "));
            OptionDef first = e.getValue().getFirst().getValue();
            if (first.choices().isEmpty()) {
                b.option(e.getKey(), first.valueName(), description);
            } else {
                b.option(e.getKey(), first.valueName(), description, first::choices);
            }
        }
    }

    /** The validated experiment named by the first argument. */
    static Experiment experiment(Invocation inv) {
        if (inv.args().isEmpty()) {
            throw new UsageException(inv.spec().name() + ": which experiment? one of: " + String.join(", ", Experiments.names()));
        }
        String name = inv.arg(0, "");
        Experiment experiment = Experiments.find(name).orElseThrow(() -> new UsageException(
                "unknown experiment '" + Printable.of(name) + "'; allowed: " + String.join(", ", Experiments.names())));
        for (String option : Experiments.optionsByName().keySet()) {
            if (inv.has(option) && experiment.options().stream().noneMatch(o -> o.name().equals(option))) {
                throw notFor(option, experiment);
            }
        }
        if (inv.has("url") && !experiment.name().equals("fetch")) {
            throw new UsageException("--url applies only to 'fetch'");
        }
        return experiment;
    }

    private static UsageException notFor(String option, Experiment experiment) {
        List<String> names = new ArrayList<>();
        experiment.options().forEach(o -> names.add("--" + o.name()));
        return new UsageException("--" + option + " does not apply to '" + experiment.name() + "'; its options: "
                + (names.isEmpty() ? "none" : String.join(", ", names)));
    }
}
