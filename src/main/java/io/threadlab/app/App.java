package io.threadlab.app;

import io.threadlab.command.CommandSpec;
import io.threadlab.command.Completions;
import io.threadlab.core.BasicCommands;
import io.threadlab.core.Dispatcher;
import io.threadlab.core.Outcome;
import io.threadlab.core.RunMeasures;
import io.threadlab.core.Session;
import io.threadlab.exercise.ExerciseLibrary;
import io.threadlab.exercise.commands.ExerciseCommands;
import io.threadlab.experiment.commands.ExperimentCommands;
import io.threadlab.lesson.Course;
import io.threadlab.lesson.LessonLibrary;
import io.threadlab.lesson.LessonValidator;
import io.threadlab.lesson.commands.LessonCommands;
import io.threadlab.output.FittingOutput;
import io.threadlab.output.Output;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Wires the core to its three features (lessons, experiments, exercises). The front ends
 * (shell, pipe, script, one-shot) drive it; it holds no logic of its own.
 */
public final class App {
    private final Session session;
    private final Dispatcher dispatcher;
    private final LessonCommands lessonCommands;
    private final Course course;

    public App(Output out, Path dataDir, Course course, Session.Asker asker) {
        this.course = course;
        this.session = new Session(new FittingOutput(out), dataDir, course.lessons(), course.key(), asker);
        this.dispatcher = new Dispatcher(session);
        this.lessonCommands = new LessonCommands(session, dispatcher);
        register(new BasicCommands(session).specs());
        register(lessonCommands.specs());
        register(ExperimentCommands.specs(session));
        register(ExerciseCommands.specs(session, course.exercisesDir()));
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

    /** Runs a line and says how it ended, for exit codes. */
    public Outcome run(String line) {
        return dispatcher.run(line);
    }

    public String prompt() {
        return lessonCommands.prompt();
    }

    public Completions completions() {
        return new Completions(session.registry());
    }

    /** Validates a lesson library against this app's real command definitions, and its exercises. */
    public List<String> validate(LessonLibrary library) {
        RunMeasures runs = session.service(RunMeasures.class, RunMeasures.NONE);
        List<String> problems = new ArrayList<>(new LessonValidator(dispatcher::check, runs::rowsOf).validate(library));
        problems.addAll(ExerciseLibrary.load(course.exercisesDir().get(), library.ids()).validate(library.ids()));
        return problems;
    }
}
