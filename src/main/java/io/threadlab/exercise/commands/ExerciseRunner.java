package io.threadlab.exercise.commands;

import io.threadlab.core.Session;
import io.threadlab.command.CommandFailedException;
import io.threadlab.command.IoReason;
import io.threadlab.command.Printable;
import io.threadlab.command.UsageException;
import io.threadlab.exercise.CheckRunner;
import io.threadlab.exercise.Exercise;
import io.threadlab.exercise.ExerciseLibrary;
import io.threadlab.exercise.JavaBuild;
import io.threadlab.exercise.Verdict;
import io.threadlab.exercise.Workspace;
import io.threadlab.lesson.LessonParser;
import io.threadlab.output.Output;
import io.threadlab.output.PagedOutput;
import io.threadlab.process.TempDirs;
import io.threadlab.progress.ExerciseState;
import io.threadlab.output.Style;
import io.threadlab.output.TextWidth;
import io.threadlab.render.MarkdownRenderer;
import io.threadlab.render.TableLayout;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;

/** The exercise commands: start, edit, check, hint, solution, reset. */
final class ExerciseRunner {
    private final Session session;
    private final ExerciseLibrary library;

    ExerciseRunner(Session session, ExerciseLibrary library) {
        this.session = session;
        this.library = library;
        library.problems().forEach(p -> session.out().error("exercise skipped: " + p));
    }

    /** Where the learner's exercise files go: the folder they chose, remembered in the progress file, or the data dir's. */
    Workspace workspace() {
        return new Workspace(session.progress().workspace().map(Path::of).orElse(Workspace.defaultRoot(session.dataDir())));
    }

    /** {@code workspace}: show the folder; {@code workspace DIR}: use and remember another one. */
    void workspaceCommand(String dir) throws IOException {
        Output out = session.out();
        if (dir == null) {
            out.println("exercise files go to " + workspace().root());
            out.status("'workspace DIR' chooses another folder; 'workspace default' goes back to the data dir's");
            return;
        }
        Path root = dir.equals("default") ? Workspace.defaultRoot(session.dataDir()) : Path.of(dir).toAbsolutePath().normalize();
        if (Files.exists(root) && !Files.isDirectory(root)) {
            throw new UsageException("workspace: " + root + " is a file, not a folder; give a folder (it is created if missing)");
        }
        try {
            Files.createDirectories(root);
        } catch (IOException ex) {
            throw new UsageException("workspace: cannot create " + root + " (" + ex.getClass().getSimpleName() + "); give a folder you can write to");
        }
        if (!Files.isWritable(root)) {
            throw new UsageException("workspace: cannot write to " + root + "; give a folder you can write to");
        }
        Path before = workspace().root();
        session.progress().workspace(dir.equals("default") ? null : root.toString());
        session.saveProgress();
        out.println("exercise files now go to " + root + " (remembered)");
        if (!before.equals(root) && Files.isDirectory(before)) {
            out.status("files already started stay in " + before + "; 'exercise ID' copies a starter into the new folder");
        }
    }

    ExerciseLibrary library() {
        return library;
    }

    private ExerciseState state(Exercise e) {
        return session.progress().exercise(e.id());
    }

    private static String mark(ExerciseState state, Style s) {
        return switch (state) {
            case PASSED -> s.ok("✓");
            case FAILED, FAILED_SINCE_PASS -> s.error("✗");
            case STARTED -> s.accent("◐");
            case NOT_STARTED -> s.dim("·");
        };
    }

    String chapterSummary(String chapter) {
        List<Exercise> mine = library.ofChapter(chapter);
        if (mine.isEmpty()) {
            return "";
        }
        long passed = mine.stream().filter(e -> state(e) == ExerciseState.PASSED).count();
        return passed + "/" + mine.size();
    }

    /** Where to go after a pass: the next exercise in the course's order not yet passed, and how many are done. */
    String nextStep(Exercise done) {
        List<Exercise> all = library.all();
        int from = all.indexOf(done);
        Exercise next = null;
        for (int i = 1; i <= all.size() && next == null; i++) {
            Exercise candidate = all.get((from + i) % all.size());
            if (candidate != done && state(candidate) != ExerciseState.PASSED) {
                next = candidate;
            }
        }
        String tally = passedCount() + " of " + all.size() + " exercises passed";
        return next == null ? "all " + all.size() + " exercises passed: well done"
                : "next: 'exercise " + next.id() + "' (" + next.chapter() + ": " + next.title() + ") · " + tally;
    }

    private long passedCount() {
        return library.all().stream().filter(x -> state(x) == ExerciseState.PASSED).count();
    }

    /** A bar of passed exercises, e.g. {@code ████████░░░░  5 of 12 passed}. */
    private String bar(Style s) {
        int total = library.all().size();
        long passed = passedCount();
        int cells = 24;
        int full = (int) Math.round(cells * (double) passed / Math.max(1, total));
        return s.ok("█".repeat(full)) + s.dim("░".repeat(cells - full)) + "  " + passed + " of " + total + " passed";
    }

    void list() {
        Output out = session.out();
        Style s = out.style();
        if (library.all().isEmpty()) {
            out.println("no exercises found");
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(s.bold("chapter"), s.bold("exercise"), s.bold("status"), s.bold("what you do")));
        String last = "";
        for (Exercise e : library.all()) {
            ExerciseState state = state(e);
            rows.add(List.of(e.chapter().equals(last) ? "" : e.chapter(), s.bold(e.id()), mark(state, s) + " " + state.label(), e.summary()));
            last = e.chapter();
        }
        new TableLayout(s).render(rows, out.width()).forEach(out::println);
        out.println("");
        out.println(bar(s));
        List<String> left = library.all().stream().filter(x -> state(x) != ExerciseState.PASSED).map(Exercise::id).toList();
        if (!left.isEmpty()) {
            out.println("left: " + String.join(", ", left));
        }
        out.status("start one with 'exercise ID'");
    }

    private Exercise find(String id) {
        return library.byId(id).orElseThrow(() -> new UsageException("no exercise '" + Printable.of(id)
                + "'; type 'exercises' for the list"));
    }

    private Exercise current() {
        return session.progress().currentExercise().flatMap(library::byId)
                .orElseThrow(() -> new UsageException("no exercise started; type 'exercises', then 'exercise ID'"));
    }

    void start(String id) throws IOException {
        Exercise e = find(id);
        Workspace workspace = workspace();
        boolean resumed = workspace.exists(e);
        int copied;
        try {
            copied = workspace.prepare(e);
        } catch (IOException ex) {
            throw new CommandFailedException("exercise " + e.id() + ": cannot copy the starter files to " + workspace.dir(e)
                    + " (" + IoReason.of(ex) + ")");
        }
        session.progress().currentExercise(e.id());
        if (!session.progress().exercises().containsKey(e.id())) {
            session.progress().exercise(e.id(), ExerciseState.STARTED);
        }
        session.saveProgress();
        Output out = session.out();
        Style s = out.style();
        out.println(s.dim("exercise " + e.id() + " · chapter " + e.chapter() + " · " + state(e).label()));
        out.blank();
        String task = LessonParser.visible(Files.readString(e.dir().resolve("task.md"), StandardCharsets.UTF_8));
        new MarkdownRenderer(s, Math.min(out.width(), 100)).render(task).forEach(out::println);
        out.blank();
        out.println(s.bold(resumed && copied == 0 ? "your files (kept as you left them):" : "your files:"));
        out.println(s.dim("in the folder " + workspace.dir(e) + " (open it in your editor; 'workspace' moves it)"));
        for (String file : e.files()) {
            out.println("  " + workspace.file(e, file));
        }
        out.status("'edit' opens the file · 'watch' checks it at every save · 'check' once · 'hint' helps · 'solution' after you pass");
    }

    void edit() throws IOException, InterruptedException {
        Exercise e = current();
        Path file = workspace().file(e, e.files().getFirst());
        String editor = System.getenv("VISUAL");
        if (editor == null || editor.isBlank()) {
            editor = System.getenv("EDITOR");
        }
        if (editor == null || editor.isBlank()) {
            throw new UsageException("set $VISUAL or $EDITOR to your editor, or open " + file + " yourself");
        }
        List<String> command = new ArrayList<>(List.of(editor.strip().split("\\s+")));
        command.add(file.toString());
        int status;
        try {
            status = new ProcessBuilder(command).inheritIO().start().waitFor();
        } catch (IOException ex) {
            throw new UsageException("cannot start the editor '" + editor + "' (" + (ex.getMessage().contains("error=2")
                    || ex.getMessage().contains("No such file") ? "not installed or not on PATH" : ex.getMessage())
                    + "); open " + file + " in your editor yourself, or set $VISUAL or $EDITOR");
        }
        session.out().status(status == 0 ? "saved? type 'check' to test it" : "the editor exited with code " + status);
    }

    /**
     * Checks now, then again whenever one of the exercise's files is saved, until a check
     * passes or Ctrl-C. Editors save in different ways (write in place, several writes in a
     * row, write a temporary file and rename it over the original, swap files beside it), so
     * events are gathered until the folder has been quiet for a moment, only the exercise's
     * own files count, and a save that changed nothing is not checked again.
     */
    void watch(String id) throws IOException, InterruptedException {
        Exercise e = id == null ? current() : find(id);
        if (!workspace().exists(e)) {
            start(e.id());
        }
        Path dir = workspace().dir(e);
        Output out = session.out();
        out.println(out.style().bold("watching " + e.id()) + out.style().dim(": every save of " + String.join(", ", e.files())
                + " in " + dir + " is checked · Ctrl-C stops"));
        try (WatchService watcher = dir.getFileSystem().newWatchService()) {
            dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
            String checked = contents(e);
            if (check(e.id()).passed()) {
                return;
            }
            while (true) {
                out.progress("watching " + e.id() + ": save a file to check it · Ctrl-C stops");
                if (!relevant(watcher.take(), e)) {
                    continue;
                }
                // A burst of writes is one save: wait until nothing has changed for a moment.
                WatchKey more;
                while ((more = watcher.poll(WATCH_QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    relevant(more, e);
                }
                String now = contents(e);
                if (now.equals(checked) || now.isEmpty()) {
                    continue; // Touched but unchanged, or mid-rename.
                }
                checked = now;
                out.println(out.style().dim("saved · checking " + e.id()));
                if (check(e.id()).passed()) {
                    return;
                }
            }
        } catch (InterruptedException stop) {
            out.println("stopped watching " + e.id());
        }
    }

    private static final long WATCH_QUIET_MILLIS = 150;

    /** Reads a watch key's events and resets it; true if one names a file of the exercise. */
    private static boolean relevant(WatchKey key, Exercise e) {
        boolean mine = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            mine |= event.context() instanceof Path p && e.files().contains(p.toString());
            mine |= event.kind() == StandardWatchEventKinds.OVERFLOW;
        }
        key.reset();
        return mine;
    }

    /** The exercise's files as they are now, to tell a real change from a touch; empty if one is missing. */
    private String contents(Exercise e) {
        StringBuilder sb = new StringBuilder();
        for (String f : e.files()) {
            try {
                sb.append(f).append('\0').append(Files.readString(workspace().file(e, f))).append('\0');
            } catch (IOException missing) {
                return "";
            }
        }
        return sb.toString();
    }

    Verdict check(String id) throws IOException, InterruptedException {
        return check(id, false);
    }

    /** Checks the learner's files; {@code json} prints one JSON object for graders instead of the text verdict. */
    Verdict check(String id, boolean json) throws IOException, InterruptedException {
        Exercise e = id == null ? current() : find(id);
        if (!workspace().exists(e)) {
            throw new UsageException("exercise '" + e.id() + "' is not started; type 'exercise " + e.id() + "' first");
        }
        List<Path> files = e.files().stream().map(f -> workspace().file(e, f)).toList();
        long started = System.nanoTime();
        Verdict verdict = verify(e, files);
        if (json) {
            record(e, verdict);
            session.out().data(CheckJson.of(e, verdict, (System.nanoTime() - started) / 1e9, files));
            return verdict;
        }
        boolean afterPass = false;
        Output out = session.out();
        Style s = out.style();
        if (!verdict.printed().isEmpty()) {
            out.println(s.dim("your code printed:"));
            verdict.printed().forEach(line -> out.println(s.dim("  " + line)));
        }
        switch (verdict.kind()) {
            case PASS -> {
                out.println(s.ok("✓ passed") + " " + e.id());
                wrap(out, "checked: " + verdict.message());
                out.status("'solution' shows the reference solution to compare with yours");
                afterPass = true;
            }
            case COMPILE_ERROR -> {
                out.println(s.error("✗ does not compile"));
                verdict.message().lines().forEach(out::println);
                out.status("fix the line shown, then 'check' again");
            }
            case TIMEOUT -> {
                out.println(s.error("✗ stopped"));
                verdict.message().lines().forEach(out::println);
                out.status("'hint' gives a hint; 'check' again after you change the file");
            }
            case FAIL -> {
                out.println(s.error("✗ not yet"));
                wrap(out, verdict.message());
                out.status("'hint' gives a hint; 'check' again after you change the file");
            }
        }
        record(e, verdict);
        if (afterPass) {
            out.println(nextStep(e));
        }
        return verdict;
    }

    /** Saves the verdict in the progress file, and marks the command failed when it did not pass. */
    private void record(Exercise e, Verdict verdict) {
        if (!verdict.passed()) {
            session.markFailed();
        }
        session.progress().exercise(e.id(), verdict.passed() ? ExerciseState.PASSED : ExerciseState.FAILED);
        session.progress().currentExercise(e.id());
        session.saveProgress();
    }

    /** Compiles and checks some files against an exercise: the learner's, or a known solution in tests. */
    Verdict verify(Exercise e, List<Path> files) throws IOException, InterruptedException {
        Path build = TempDirs.create("check");
        byte[] progressBefore = session.progressStore().snapshot();
        Runnable[] cancel = new Runnable[1];
        Runnable undo = session.onCancel(() -> {
            Runnable c = cancel[0];
            if (c != null) {
                c.run();
            }
        });
        long start = System.nanoTime();
        try {
            session.out().progress("compiling " + String.join(", ", e.files()));
            JavaBuild.Result compiled = JavaBuild.compile(files, e.checkSources(), build.resolve("classes"), e.preview());
            if (!compiled.ok()) {
                return new Verdict(Verdict.Kind.COMPILE_ERROR, String.join("\n", compiled.errors()), List.of());
            }
            session.out().progress("checking " + e.id() + " in a child JVM (deadline " + e.deadline() + " s)");
            Verdict v = CheckRunner.run(build, compiled.classes(), e.check(), e.deadline(), e.jvmFlags(), cancel);
            if (Thread.interrupted()) {
                throw new CancellationException("the check was stopped");
            }
            String took = String.format(Locale.ROOT, " (the check took %.1f s)", (System.nanoTime() - start) / 1e9);
            return new Verdict(v.kind(), v.message() + (v.passed() ? took : ""), v.printed());
        } finally {
            undo.run();
            TempDirs.delete(build);
            if (session.progressStore().restore(progressBefore)) {
                session.out().error("your code changed " + session.progressStore().file() + " during the check; it was put back");
            }
        }
    }

    /** Wraps the sentence on the first line; later lines (traces, tables) keep their layout. */
    private static void wrap(Output out, String text) {
        String[] lines = text.split("\n");
        TextWidth.wrap(lines[0], out.width(), "", "  ").forEach(out::println);
        for (int i = 1; i < lines.length; i++) {
            out.println(lines[i]);
        }
    }

    void hint() throws IOException {
        Exercise e = current();
        List<String> hints = hints(e);
        int seen = session.progress().hints(e.id());
        Output out = session.out();
        if (seen >= hints.size()) {
            out.println("no more hints for " + e.id() + " (" + hints.size() + " shown); 'solution' shows the reference");
            return;
        }
        out.println(out.style().bold("hint " + (seen + 1) + " of " + hints.size() + ":"));
        new MarkdownRenderer(out.style(), Math.min(out.width(), 100)).render(hints.get(seen)).forEach(out::println);
        session.progress().hints(e.id(), seen + 1);
        session.saveProgress();
    }

    /** hints.md holds one hint per "## Hint" section, from gentle to nearly the answer. */
    static List<String> hints(Exercise e) throws IOException {
        List<String> out = new ArrayList<>();
        StringBuilder current = null;
        for (String line : LessonParser.visible(Files.readString(e.dir().resolve("hints.md"), StandardCharsets.UTF_8)).lines().toList()) {
            if (line.startsWith("## ")) {
                if (current != null) {
                    out.add(current.toString());
                }
                current = new StringBuilder();
            } else if (current != null) {
                current.append(line).append('\n');
            }
        }
        if (current != null) {
            out.add(current.toString());
        }
        return out;
    }

    void solution() throws IOException {
        Exercise e = current();
        if (!state(e).passedOnce()
                && !session.confirm("You have not passed '" + e.id() + "' yet. Show the reference solution anyway?")) {
            session.out().println("kept it hidden; 'hint' may help instead");
            return;
        }
        PagedOutput out = new PagedOutput(session.out()); // a solution is often longer than a screen
        for (String file : e.files()) {
            if (!Files.exists(e.solution().resolve(file))) {
                continue; // a given file, unchanged from the starter
            }
            out.println(out.style().bold("reference " + file + ":"));
            String code = LessonParser.visible(Files.readString(e.solution(file), StandardCharsets.UTF_8));
            new MarkdownRenderer(out.style(), out.width()).render("```java\n" + code + "```\n").forEach(out::println);
        }
        out.show();
    }

    void reset(String target) throws IOException {
        if (target.equals("progress")) {
            if (!session.confirm("Forget all progress: pages read, exercises and predictions?")) {
                session.out().println("kept your progress");
                return;
            }
            session.resetProgress();
            session.out().println("progress reset");
            return;
        }
        Exercise e = library.byId(target).orElseThrow(() -> new UsageException("reset: unknown target '"
                + Printable.of(target) + "'; allowed: progress, or an exercise id (see 'exercises')"));
        if (!workspace().exists(e)) {
            throw new UsageException("exercise '" + e.id() + "' has no workspace yet; 'exercise " + e.id() + "' starts it");
        }
        if (!session.confirm("Replace your files for '" + e.id() + "' with the starter? A backup is kept.")) {
            session.out().println("kept your files");
            return;
        }
        Path backup;
        try {
            backup = workspace().reset(e);
        } catch (IOException ex) {
            throw new CommandFailedException("reset " + e.id() + ": cannot restore the starter in " + workspace().dir(e)
                    + " (" + IoReason.of(ex) + "); your files are as they were, or in the backup folder beside them");
        }
        session.out().println("restored the starter; your previous files are in " + backup);
    }
}
