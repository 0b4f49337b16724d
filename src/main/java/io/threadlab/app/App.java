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

    public App(Output out, Path dataDir, Supplier<LessonLibrary> lessons, Session.Asker asker) {
        this.session = new Session(out, dataDir, lessons, asker);
        this.dispatcher = new Dispatcher(session);
        this.lessonCommands = new LessonCommands(session, dispatcher);
        register(new BasicCommands(session).specs());
        register(lessonCommands.specs());
        register(List.of(new PredictCommand(session, dispatcher).spec()));
        register(io.threadlab.experiment.cli.ExperimentCommands.specs(session));
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

    /** Validates a lesson library against this app's real command definitions. */
    public List<String> validate(LessonLibrary library) {
        return new LessonValidator(dispatcher::check).validate(library);
    }
}
