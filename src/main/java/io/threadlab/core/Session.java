package io.threadlab.core;

import io.threadlab.command.CommandRegistry;
import io.threadlab.lesson.LessonLibrary;
import io.threadlab.output.Output;
import io.threadlab.progress.Progress;
import io.threadlab.progress.ProgressStore;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The state one shell carries between commands: where output goes, the lessons, the
 * learner's progress, the command table, and the services the features offer each other.
 * It knows nothing about the terminal library.
 */
public final class Session {
    private final Output out;
    private final Path dataDir;
    private final Supplier<LessonLibrary> lessonSource;
    private final ProgressStore store;
    private final Asker asker;
    private final CommandRegistry registry = new CommandRegistry();
    private LessonLibrary lessons;
    private final ChapterIndex chapters;
    private Progress progress;
    private boolean quit;
    /** Set by a command whose result is a failure (a check that did not pass), for exit codes. */
    private volatile boolean failed;
    private final java.util.List<Runnable> cancelActions = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final java.util.Map<Class<?>, Object> services = new java.util.concurrent.ConcurrentHashMap<>();

    public Session(Output out, Path dataDir, Supplier<LessonLibrary> lessonSource, Asker asker) {
        this(out, dataDir, lessonSource, null, asker);
    }

    /** @param courseKey names the exact course, so that its chapters' page counts can be kept (null: never kept) */
    public Session(Output out, Path dataDir, Supplier<LessonLibrary> lessonSource, String courseKey, Asker asker) {
        this.out = out;
        this.dataDir = dataDir;
        this.lessonSource = lessonSource;
        this.asker = asker;
        this.store = new ProgressStore(dataDir, out::error);
        this.chapters = new ChapterIndex(dataDir, courseKey);
    }

    public Output out() {
        return out;
    }

    public Path dataDir() {
        return dataDir;
    }

    public CommandRegistry registry() {
        return registry;
    }

    /** Loaded on first use, so starting the shell does not read every lesson. */
    public LessonLibrary lessons() {
        if (lessons == null) {
            lessons = lessonSource.get();
            for (String problem : lessons.problems()) {
                out.error("lesson skipped: " + problem);
            }
            chapters.remember(lessons);
        }
        return lessons;
    }

    /**
     * A chapter's page count: from the lessons once they are read, and before that from what
     * the last start of this same course kept, so that the first prompt does not read them.
     */
    public java.util.OptionalInt pageCount(String chapter) {
        if (lessons == null) {
            java.util.OptionalInt kept = chapters.pages(chapter);
            if (kept.isPresent()) {
                return kept;
            }
        }
        return lessons().byId(chapter).map(l -> java.util.OptionalInt.of(l.pages().size())).orElse(java.util.OptionalInt.empty());
    }

    public Progress progress() {
        if (progress == null) {
            progress = store.load();
        }
        return progress;
    }

    public void saveProgress() {
        store.save(progress());
    }

    public void resetProgress() {
        store.clear();
        progress = new Progress();
    }

    public ProgressStore progressStore() {
        return store;
    }

    /** Asks the learner a question and returns the answer, or empty at end of input. */
    public Optional<String> ask(String question) {
        return asker.ask(question);
    }

    public boolean confirm(String question) {
        return ask(question + " [y/N] ").map(a -> a.strip().toLowerCase(java.util.Locale.ROOT))
                .filter(a -> a.equals("y") || a.equals("yes")).isPresent();
    }

    /** Registers what to do when the learner presses Ctrl-C during a command; returns the undo. */
    public Runnable onCancel(Runnable action) {
        cancelActions.add(action);
        return () -> cancelActions.remove(action);
    }

    /** Called from the signal handler: cancel whatever command is running. */
    public void cancelRunning() {
        cancelActions.forEach(Runnable::run);
    }

    /** The command ran, and what it found is a failure: one-shot and scripted use exit with 1. */
    public void markFailed() {
        failed = true;
    }

    /** Whether the running command marked itself failed; reading clears it. */
    boolean takeFailed() {
        boolean f = failed;
        failed = false;
        return f;
    }

    public void requestQuit() {
        quit = true;
    }

    public boolean quitRequested() {
        return quit;
    }

    /** Offers a service one feature provides to the others (see {@link RunMeasures}). */
    public <T> void provide(Class<T> type, T service) {
        services.put(type, service);
    }

    /** A service another feature provides, or {@code absent} when that feature is not wired in. */
    public <T> T service(Class<T> type, T absent) {
        Object s = services.get(type);
        return s == null ? absent : type.cast(s);
    }

    /** How the session asks the learner for a line (the terminal, or the next piped line). */
    @FunctionalInterface
    public interface Asker {
        Optional<String> ask(String question);
    }
}
