package io.threadlab.exercise.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threadlab.TestShell;
import io.threadlab.exercise.Exercise;
import io.threadlab.exercise.ExerciseLibrary;
import io.threadlab.exercise.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every exercise, checked for real in a child JVM: the reference solution passes, the starter
 * does not, and every known-wrong solution is rejected {@code threadlab.rejections} times in a
 * row (3 by default, 10 in the slow suite, {@code scripts/test --slow}). A rejection must come
 * from the checker: a file that does not compile is not the rejection these tests are about.
 * Slow (a child JVM per check), so it runs in the integration phase.
 */
class ExercisesIT {
    @TempDir
    static Path data;

    static final int REJECTIONS = Integer.getInteger("threadlab.rejections", 3);

    static final List<String> CHAPTERS = List.of("sequential", "threads", "thread-local", "processes", "queues",
            "memory-model", "executors", "virtual-threads", "beyond-the-gil");
    /** -Dthreadlab.exercises=a,b runs only those (while writing one); the suite runs them all. */
    static final String ONLY = System.getProperty("threadlab.exercises", "");

    @TestFactory
    Stream<DynamicTest> everyExercise() throws IOException {
        ExerciseLibrary library = ExerciseLibrary.load(Path.of("lessons", "exercises"), CHAPTERS);
        assertEquals(List.of(), library.validate(CHAPTERS));
        if (ONLY.isEmpty()) {
            assertTrue(library.all().size() >= 18, "eighteen or more exercises");
            for (String chapter : CHAPTERS) {
                assertTrue(library.ofChapter(chapter).size() >= 2, chapter + " has two exercises or more");
            }
        }
        ExerciseRunner runner = new ExerciseRunner(new TestShell(data).app.session(), library);
        List<DynamicTest> tests = new ArrayList<>();
        for (Exercise e : library.all()) {
            if (!ONLY.isEmpty() && !List.of(ONLY.split(",")).contains(e.id())) {
                continue;
            }
            tests.add(DynamicTest.dynamicTest(e.id() + ": the reference solution passes", () -> {
                Verdict v = runner.verify(e, e.files().stream().map(e::solution).toList());
                assertTrue(v.passed(), e.id() + ": " + v);
                assertTrue(v.message().length() > 40, "the verdict says how it was checked: " + v.message());
            }));
            tests.add(DynamicTest.dynamicTest(e.id() + ": the starter does not pass", () -> {
                Verdict v = runner.verify(e, files(e, e.starter()));
                assertFalse(v.passed(), e.id() + " starter: " + v);
                assertNotEquals(Verdict.Kind.COMPILE_ERROR, v.kind(), e.id() + ": the starter compiles, and fails its check: " + v);
            }));
            for (Path wrong : wrongSolutions(e)) {
                tests.add(DynamicTest.dynamicTest(e.id() + ": rejects " + wrong.getFileName(), () -> {
                    for (int attempt = 1; attempt <= REJECTIONS; attempt++) {
                        Verdict v = runner.verify(e, files(e, wrong));
                        assertFalse(v.passed(), e.id() + "/" + wrong.getFileName() + " attempt " + attempt + ": " + v);
                        assertNotEquals(Verdict.Kind.COMPILE_ERROR, v.kind(), e.id() + "/" + wrong.getFileName()
                                + " compiles, and fails its check: " + v);
                        assertFalse(v.message().isBlank());
                    }
                }));
            }
        }
        return tests.stream();
    }

    /** The exercise's files as found in one folder (a wrong solution may leave given files out). */
    static List<Path> files(Exercise e, Path dir) {
        List<Path> out = new ArrayList<>();
        for (String name : e.files()) {
            Path file = dir.resolve(name);
            out.add(Files.exists(file) ? file : e.starter().resolve(name));
        }
        return out;
    }

    static List<Path> wrongSolutions(Exercise e) throws IOException {
        try (Stream<Path> dirs = Files.list(e.wrong())) {
            return dirs.filter(Files::isDirectory).sorted().toList();
        }
    }
}
