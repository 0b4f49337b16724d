package io.threadlab.app;

import io.threadlab.command.Completions;
import io.threadlab.command.CommandSpec;
import io.threadlab.lesson.LessonLibrary;
import io.threadlab.lesson.LessonValidator;
import io.threadlab.output.Output;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/** Wires a session to its command table. The front ends (shell, pipe, one-shot) drive it. */
public final class App {
    private final Session session;
    private final Dispatcher dispatcher;
    private final LessonCommands lessonCommands;
    private final Supplier<Path> exercisesDir;

    public App(Output out, Path dataDir, Supplier<LessonLibrary> lessons, Session.Asker asker) {
        this(out, dataDir, lessons, () -> io.threadlab.lesson.BundledFiles.lessons().resolve("exercises"), asker);
    }

    /** @param exercises the folder of exercises (beside the lessons) */
    public App(Output out, Path dataDir, Supplier<LessonLibrary> lessons, Supplier<Path> exercises, Session.Asker asker) {
        this.session = new Session(out, dataDir, lessons, asker);
        this.exercisesDir = exercises;
        this.dispatcher = new Dispatcher(session);
        this.lessonCommands = new LessonCommands(session, dispatcher);
        register(new BasicCommands(session).specs());
        register(lessonCommands.specs());
        register(List.of(new PredictCommand(session, dispatcher).spec()));
        register(io.threadlab.experiment.cli.ExperimentCommands.specs(session));
        register(io.threadlab.exercise.cli.ExerciseCommands.specs(session, exercises));
    }

    private void register(List<CommandSpec> specs) {
        specs.forEach(session.registry()::register);
    }

    public Session session() {
        return session;
    }

    public boolean execute(String line) {
        return dispatcher.execute(line);
    }

    public String prompt() {
        return lessonCommands.prompt();
    }

    public Completions completions() {
        return new Completions(session.registry());
    }

    /** Validates a lesson library against this app's real command definitions, and its exercises. */
    public List<String> validate(LessonLibrary library) {
        List<String> problems = new java.util.ArrayList<>(new LessonValidator(dispatcher::check).validate(library));
        problems.addAll(io.threadlab.exercise.ExerciseLibrary.load(exercisesDir.get(), library.ids()).validate(library.ids()));
        return problems;
    }
}
