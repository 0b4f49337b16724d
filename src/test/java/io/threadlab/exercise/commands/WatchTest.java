package io.threadlab.exercise.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threadlab.TestShell;
import io.threadlab.exercise.ExerciseLibrary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** watch: a save triggers a check, a burst of saves triggers one, a rename counts, a pass ends it. */
class WatchTest {
    @TempDir
    Path dir;

    @Test
    void savesAreCheckedOnceEachUntilAPass() throws Exception {
        Path exercises = ProbeExercise.write(dir, 5, """
                io.threadlab.exercise.api.Failure.unless(Learner.go() == 42, "go() returned " + Learner.go() + ", not 42");
                return "go() returned 42, as asked";
                """);
        Path ex = exercises.resolve("probe");
        Files.createDirectories(ex.resolve("starter"));
        Files.writeString(ex.resolve("starter/Learner.java"), learner(0));
        Files.writeString(ex.resolve("task.md"), "# Probe\n\nMake go() return 42.\n");
        Files.writeString(ex.resolve("hints.md"), "## Hint 1\n\n42.\n");
        TestShell shell = new TestShell(dir.resolve("data"));
        ExerciseRunner runner = new ExerciseRunner(shell.app.session(), ExerciseLibrary.load(exercises, List.of("threads")));
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Thread watching = Thread.ofPlatform().start(() -> {
            try {
                runner.watch("probe");
            } catch (Throwable t) {
                failed.set(t);
            }
        });
        Path file = dir.resolve("data/workspace/probe/Learner.java");
        waitFor(shell, out -> count(out, "✗ not yet") == 1 || failed.get() != null, "the first check runs at once");
        assertEquals(null, failed.get());

        Files.writeString(file, learner(1));
        waitFor(shell, out -> count(out, "✗ not yet") == 2 && out.contains("go() returned 1, not 42"), "a save is checked");

        for (int i = 2; i <= 6; i++) { // an editor that writes several times in a row
            Files.writeString(file, learner(i));
            Thread.sleep(20);
        }
        waitFor(shell, out -> out.contains("go() returned 6, not 42"), "the burst is checked, as it ended");
        Thread.sleep(1_500);
        assertEquals(3, count(shellText(shell), "✗ not yet"), "five quick writes are one check:\n" + shellText(shell));

        Files.writeString(file, learner(6)); // saved again, unchanged
        Thread.sleep(1_000);
        assertEquals(3, count(shellText(shell), "✗ not yet"), "a save that changes nothing is not checked again");

        Path temp = file.resolveSibling("Learner.java.tmp~"); // write a temporary file, then rename it over
        Files.writeString(temp, learner(42));
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        watching.join(20_000);
        assertFalse(watching.isAlive(), "a pass ends the watch:\n" + shellText(shell));
        assertEquals(null, failed.get());
        String all = shellText(shell);
        assertTrue(all.contains("✓ passed probe") && all.contains("all 1 exercises passed"), all);
    }

    private static String learner(int value) {
        return "public class Learner {\n    static int go() { return " + value + "; }\n}\n";
    }

    private static String shellText(TestShell shell) {
        return shell.printed();
    }

    private static int count(String text, String what) {
        return text.split(java.util.regex.Pattern.quote(what), -1).length - 1;
    }

    private static void waitFor(TestShell shell, Predicate<String> done, String what) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!done.test(shell.printed())) {
            assertTrue(System.nanoTime() < deadline, what + ", within 30 s:\n" + shell.printed());
            Thread.sleep(50);
        }
    }
}
