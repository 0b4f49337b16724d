package io.threadlab.exercise.commands;

import io.threadlab.core.ChapterExercises;
import io.threadlab.core.Lazy;
import io.threadlab.core.Session;
import io.threadlab.command.CommandSpec;
import io.threadlab.command.Opt;
import io.threadlab.exercise.ExerciseLibrary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The exercise commands' definitions. The handlers live in {@link ExerciseRunner}, loaded on
 * first use, so start-up never reads the exercises or the compiler.
 */
public final class ExerciseCommands {
    private ExerciseCommands() {}

    static final Opt<String> CHECK_FORMAT = Opt.choice("format", "FORMAT",
            "text for people, or json: the verdict, how it was checked and the time taken", "text", List.of("text", "json"));

    public static List<CommandSpec> specs(Session session, Supplier<Path> exercisesDir) {
        Lazy<ExerciseRunner> runner = Lazy.of(
                () -> new ExerciseRunner(session, ExerciseLibrary.load(exercisesDir.get(), session.lessons().ids())));
        Supplier<List<String>> ids = () -> runner.get().library().ids();
        session.provide(ChapterExercises.class, chapter -> runner.get().chapterSummary(chapter));
        return List.of(
                CommandSpec.builder("exercises", "list the exercises by chapter, with your status")
                        .handler(i -> runner.get().list()),
                CommandSpec.builder("exercise", "start or resume an exercise: copies its files to your workspace, shows the task")
                        .arguments("ID", 1, 1)
                        .argumentValues(ids)
                        .handler(i -> runner.get().start(i.arg(0, ""))),
                CommandSpec.builder("edit", "open the current exercise's file in $VISUAL or $EDITOR")
                        .handler(i -> runner.get().edit()),
                CommandSpec.builder("check", "compile your code and run the exercise's checker (the current exercise by default)")
                        .arguments("[ID]", 0, 1)
                        .argumentValues(ids)
                        .option(CHECK_FORMAT)
                        .handler(i -> runner.get().check(i.arg(0, null), i.get(CHECK_FORMAT).equals("json"))),
                CommandSpec.builder("watch", "check the exercise (the current one by default) every time you save"
                                + " one of its files, until it passes; Ctrl-C stops")
                        .arguments("[ID]", 0, 1)
                        .argumentValues(ids)
                        .handler(i -> runner.get().watch(i.arg(0, null))),
                CommandSpec.builder("workspace", "show the folder your exercise files go to, or choose another one (remembered)")
                        .arguments("[DIR|default]", 0, 1)
                        .pathArgument()
                        .handler(i -> runner.get().workspaceCommand(i.arg(0, null))),
                CommandSpec.builder("hint", "show the next hint for the current exercise")
                        .handler(i -> runner.get().hint()),
                CommandSpec.builder("solution", "show the reference solution (after a pass, or if you confirm)")
                        .handler(i -> runner.get().solution()),
                CommandSpec.builder("reset", "start over: 'reset ID' restores an exercise's starter (a backup is kept); "
                                + "'reset progress' forgets pages, exercises and guesses")
                        .arguments("progress|ID", 1, 1)
                        .argumentValues(() -> {
                            List<String> values = new ArrayList<>(List.of("progress"));
                            values.addAll(ids.get());
                            return values;
                        })
                        .handler(i -> runner.get().reset(i.arg(0, ""))));
    }
}
