package io.threadlab;

import io.threadlab.app.App;
import io.threadlab.lesson.Course;
import io.threadlab.output.Output;
import io.threadlab.output.Style;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** A real App with captured output, the repository's lessons and a private data dir. */
public final class TestShell implements Output {
    public final List<String> lines = new ArrayList<>();
    public final List<String> errors = new ArrayList<>();
    public final Deque<String> answers = new ArrayDeque<>();
    public final App app;
    private final int width;

    public TestShell(Path dataDir) {
        this(dataDir, 100);
    }

    public TestShell(Path dataDir, int width) {
        this(dataDir, width, Path.of("lessons"));
    }

    /** The small fixture course in the test resources: tests that name pages use it, not the real course. */
    public static final Path FIXTURE = Path.of("src/test/resources/fixture-lessons");

    /** A shell on the fixture course. */
    public static TestShell onFixture(Path dataDir) {
        return new TestShell(dataDir, 100, FIXTURE);
    }

    /** A shell on another lessons folder, with its exercises in {@code lessons/exercises}. */
    public TestShell(Path dataDir, int width, Path lessons) {
        this.width = width;
        this.app = new App(this, dataDir, Course.at(lessons), question -> Optional.ofNullable(answers.poll()));
    }

    /** Runs a line and returns everything it printed, errors included. */
    public String run(String line) {
        int from = lines.size();
        app.execute(line);
        return String.join("\n", lines.subList(from, lines.size()));
    }

    /** Everything printed so far, for commands that run on another thread (watch). */
    public synchronized String printed() {
        return String.join("\n", lines);
    }

    /** The last error message, its fitted lines joined back into one. */
    public String lastError() {
        return errors.isEmpty() ? "" : errors.getLast().replaceAll("\n +", " ");
    }

    @Override
    public synchronized void println(String text) {
        lines.add(text);
    }

    @Override
    public synchronized void status(String text) {
        lines.add(text);
    }

    @Override
    public synchronized void error(String text) {
        errors.add(text);
        lines.add(text);
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public Style style() {
        return Style.PLAIN;
    }
}
