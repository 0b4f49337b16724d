package io.threadlab.experiment.commands;

import io.threadlab.command.Invocation;
import io.threadlab.command.Opt;
import io.threadlab.command.UsageException;
import io.threadlab.command.ValueType;
import io.threadlab.experiment.Engine;
import io.threadlab.experiment.Mode;
import io.threadlab.experiment.Params;
import io.threadlab.experiment.catalog.Experiment;
import io.threadlab.experiment.catalog.Experiments;
import io.threadlab.experiment.catalog.RowPlan;
import io.threadlab.experiment.python.PythonFinder;
import java.util.ArrayList;
import java.util.List;

/**
 * Which runtimes a run's rows come from ({@code --runtime}, {@code --python}), and the rows of
 * each. The JVM rows are planned as before; the CPython rows are the same modes, workers and
 * parameters, for the modes CPython has. What is left out is said in a note, never silently.
 *
 * @param python  the interpreter, or null when no CPython rows were asked for or none is usable
 * @param problem why CPython rows were asked for and cannot run, or null
 */
record Runtimes(boolean jvm, boolean pythonAsked, Engine python, String problem) {
    static final Opt<List<String>> RUNTIME = Opt.choices("runtime",
            "where the rows run: jvm (this JVM), python (the same work in a CPython child), or both",
            List.of("jvm"), List.of("jvm", "python"));
    static final Opt<String> PYTHON = new Opt<>("python", "PATH", "the Python for --runtime python: a command on"
            + " PATH or a file", ValueType.path("a command or a path", v -> v.isBlank() ? "is empty" : null),
            PythonFinder.DEFAULT, null, false, false);
    static final List<Opt<?>> OPTIONS = List.of(RUNTIME, PYTHON);

    static Runtimes read(Invocation inv, Experiment experiment) {
        List<String> asked = inv.get(RUNTIME);
        boolean jvm = asked.contains("jvm");
        boolean python = asked.contains("python");
        if (inv.has(PYTHON) && !python) {
            throw new UsageException("--python chooses the interpreter for CPython rows; add --runtime jvm,python");
        }
        if (!python) {
            return new Runtimes(true, false, null, null);
        }
        if (experiment.pythonModes().isEmpty()) {
            throw new UsageException("--runtime python: '" + experiment.name() + "' has no CPython version; CPython rows: "
                    + String.join(", ", Experiments.all().stream().filter(e -> !e.pythonModes().isEmpty()).map(Experiment::name).toList()));
        }
        if (!jvm && inv.get(ExperimentCommands.GIL)) {
            throw new UsageException("--gil simulates the GIL in JVM rows; with --runtime jvm,python it runs beside the real one");
        }
        return switch (PythonFinder.find(inv.get(PYTHON))) {
            case PythonFinder.Usable u -> new Runtimes(jvm, true, u.engine(), null);
            case PythonFinder.Unusable u -> new Runtimes(jvm, true, null, u.problem());
        };
    }

    /**
     * The modes CPython rows may use when only they run: the asked ones must all exist in
     * CPython, and the default is the experiment's default modes that do.
     */
    List<Mode> checkPythonOnly(Experiment experiment, List<Mode> modes, boolean asked) {
        if (jvm) {
            return modes;
        }
        List<Mode> own = experiment.pythonModes();
        for (Mode m : modes) {
            if (asked && !own.contains(m)) {
                throw new UsageException("--modes: CPython rows of '" + experiment.name() + "' run in "
                        + String.join(", ", own.stream().map(Mode::id).toList()) + "; " + m.id() + " is a JVM mode");
            }
        }
        List<Mode> kept = modes.stream().filter(own::contains).toList();
        return kept.isEmpty() ? List.of(Mode.SEQUENTIAL, Mode.THREADS) : kept;
    }

    /** Every row: the JVM's, then CPython's; {@code notes} gets what was left out. */
    List<RowPlan> rows(Experiment experiment, List<Mode> modes, List<Integer> workers, boolean gil, Params params,
                       List<String> notes) {
        List<RowPlan> rows = new ArrayList<>();
        if (jvm) {
            rows.addAll(experiment.rows(modes, workers, gil, params));
            experiment.note(params).ifPresent(notes::add);
        }
        if (!pythonAsked) {
            return rows;
        }
        if (python == null) {
            notes.add(problem + (jvm ? "; the JVM rows ran without it" : ""));
            return rows;
        }
        List<Mode> missing = modes.stream().filter(m -> !experiment.pythonModes().contains(m)).toList();
        if (!missing.isEmpty()) {
            notes.add(python.label() + " has no " + String.join(" or ", missing.stream().map(Mode::id).toList())
                    + (missing.size() == 1 ? " mode" : " modes") + ": " + (missing.size() == 1 ? "that row is" : "those rows are")
                    + " JVM only");
        }
        experiment.pythonLeavesOut(params).ifPresent(notes::add);
        List<RowPlan> own = experiment.pythonRows(modes, workers, params, python);
        if (own.isEmpty()) {
            notes.add(python.label() + " has none of these rows: " + experiment.name() + " in CPython runs "
                    + String.join(", ", experiment.pythonModes().stream().map(Mode::id).toList()));
        }
        rows.addAll(own);
        return rows;
    }

    /** With CPython rows only and no usable Python, nothing can run: the one line says why. */
    boolean nothingToRun() {
        return !jvm && python == null;
    }
}
