package io.threadlab.exercise.commands;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threadlab.TestShell;
import io.threadlab.exercise.Exercise;
import io.threadlab.exercise.ExerciseLibrary;
import io.threadlab.exercise.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A one-file exercise, "probe" in chapter threads, whose checker runs {@code checkBody} against Learner.java. */
final class ProbeExercise {
    private ProbeExercise() {}

    /** Writes it under {@code exercises/probe} in {@code dir}; returns the exercises folder. */
    static Path write(Path dir, int deadlineSeconds, String checkBody) throws IOException {
        Path ex = Files.createDirectories(dir.resolve("exercises/probe"));
        Files.writeString(ex.resolve("exercise.properties"), "chapter = threads\norder = 1\ntitle = Probe\nsummary = s\n"
                + "files = Learner.java\ncheck = CheckProbe\ndeadline = " + deadlineSeconds + "\n");
        Files.createDirectories(ex.resolve("check"));
        Files.writeString(ex.resolve("check/CheckProbe.java"), "public class CheckProbe implements io.threadlab.exercise.api.Check {\n"
                + "    public String run() throws Exception {\n" + checkBody.indent(8) + "    }\n}\n");
        return ex.getParent();
    }

    /**
     * A shell with the probe loaded, whose check reports what {@code Learner.go()} returned
     * within a 3 s deadline, and a way to check a body of Learner.java against it.
     */
    static final class Checked {
        final Path dir;
        final TestShell shell;
        final ExerciseRunner runner;
        final Exercise exercise;

        Checked(Path dir) throws IOException {
            this.dir = dir;
            Path exercises = write(dir, 3, "return \"Learner.go() returned \" + Learner.go();");
            shell = new TestShell(dir.resolve("data"));
            ExerciseLibrary library = ExerciseLibrary.load(exercises, List.of("threads"));
            exercise = library.byId("probe").orElseThrow();
            runner = new ExerciseRunner(shell.app.session(), library);
        }

        /** Checks {@code public class Learner { BODY }}; a verdict must come within the deadline plus start-up. */
        Verdict verdict(String body) throws Exception {
            Path file = dir.resolve("Learner.java");
            Files.writeString(file, "public class Learner {\n" + body + "\n}\n");
            long start = System.nanoTime();
            Verdict v = runner.verify(exercise, List.of(file));
            long seconds = (System.nanoTime() - start) / 1_000_000_000L;
            assertTrue(seconds < 12, "a verdict within the 3 s deadline plus start-up, took " + seconds + " s: " + v);
            return v;
        }
    }
}
