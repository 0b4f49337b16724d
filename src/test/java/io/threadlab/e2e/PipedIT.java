package io.threadlab.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.jr.ob.JSON;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jar driven through pipes and arguments, the way scripts and CI use it. */
class PipedIT {
    @TempDir
    Path data;

    @Test
    void pipedCommandsRunWithoutEscapeCodes() throws Exception {
        Jar.Result r = Jar.run(data, "lessons\nlesson 2\nnext\nbogus\nhelp\nquit\nlessons\n", Map.of());
        assertEquals(2, r.exit(), "a line that is not a command makes the exit status 2, a usage error");
        assertTrue(r.out().contains("thread-local") && r.out().contains("Threads for waiting"), r.out());
        assertTrue(r.err().contains("unknown command 'bogus'"), r.err());
        assertFalse(r.out().contains("\u001b") || r.err().contains("\u001b"), "no escape codes into a pipe");
        assertEquals(1, r.out().split("open one with 'lesson N'", -1).length - 1, "nothing ran after quit");
        assertTrue(Files.readString(data.resolve("progress.properties")).contains("current=threads\\:2"));
    }

    @Test
    void oneShotRunPrintsOnlyTheResultOnStdout() throws Exception {
        Jar.Result r = Jar.run(data, "", Map.of(), "run", "primes", "--modes", "sequential,threads", "--workers", "2",
                "--limit", "100000", "--repeat", "2", "--format", "json");
        assertEquals(0, r.exit(), r.err());
        Map<String, Object> report = JSON.std.mapFrom(r.out());
        assertEquals("primes", report.get("experiment"));
        assertEquals(2, ((List<?>) report.get("rows")).size());
        assertEquals("", r.err());
    }

    @Test
    void oneShotCsvParsesWithAHeader() throws Exception {
        Jar.Result r = Jar.run(data, "", Map.of(), "run", "sleep", "--modes", "sequential,virtual", "--tasks", "3",
                "--duration", "1", "--format", "csv");
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(3, lines.size(), r.out());
        assertTrue(lines.getFirst().startsWith("run,experiment,mode,workers,gil,result,wall_min_ms"));
    }

    /**
     * The OS shell's completion knows the start-up options too (issue 17): it completes them,
     * folders after --lessons and --data-dir, files after --script, and still finds the
     * command and its own options after them. bash runs the script with no JVM.
     */
    @Test
    void theCompletionScriptCoversTheStartUpOptions() throws Exception {
        Jar.Result script = Jar.run(data, "", Map.of(), "completion", "bash");
        assertEquals(0, script.exit(), script.err());
        Path here = Files.createDirectories(data.resolve("here"));
        Files.createDirectories(here.resolve("course-a"));
        Files.createDirectories(here.resolve("course-b"));
        Files.writeString(here.resolve("commands.txt"), "lessons\n");
        String out = io.threadlab.BashCompletion.probe(script.out(), here, List.of("threadlab --les", "threadlab --lessons c",
                "threadlab --lessons co", "threadlab --script co", "threadlab --no-color --lessons course-a ru",
                "threadlab --data-dir course-a --no-color run primes --li", "threadlab --lessons course-a lesson mem"));
        assertTrue(out.contains("threadlab --les=>--lessons\n"), out);
        assertEquals(java.util.Set.of("course-a", "course-b"), completed(out, "threadlab --lessons co"), "folders only after --lessons");
        assertEquals(java.util.Set.of("commands.txt", "course-a", "course-b"), completed(out, "threadlab --script co"),
                "files after --script");
        assertTrue(out.contains("course-a ru=>run\n"), "the command after the start-up options:\n" + out);
        assertTrue(out.contains("run primes --li=>--limit\n"), "the command's own options after them:\n" + out);
        assertTrue(out.contains("lesson mem=>memory-model\n"), out);
        Jar.Result man = Jar.run(data, "", Map.of(), "manpage");
        assertTrue(man.out().contains(".SH OPTIONS") && man.out().contains("\\-\\-lessons DIR")
                && man.out().contains("\\-\\-no\\-color"), man.out());
    }

    /** The words bash offered for one probe line, in any order. */
    private static java.util.Set<String> completed(String out, String line) {
        return out.lines().filter(l -> l.startsWith(line + "=>")).findFirst()
                .map(l -> java.util.Set.of(l.substring(line.length() + 2).split(" "))).orElse(java.util.Set.of());
    }

    @Test
    void launcherOptionsBehave() throws Exception {
        Jar.Result bad = Jar.run(data, "", Map.of(), "--frobnicate");
        assertEquals(2, bad.exit());
        assertEquals("threadlab: unknown option '--frobnicate'; see 'threadlab --help'", bad.err().strip());
        Jar.Result help = Jar.run(data, "", Map.of(), "--help");
        assertEquals(0, help.exit());
        for (String option : List.of("--version", "--no-color", "--data-dir", "--lessons", "--script", "--check-lessons")) {
            assertTrue(help.out().contains(option), option);
        }
        assertTrue(Jar.run(data, "", Map.of(), "--version").out().startsWith("threadlab 0.1.0 on Java 25"));
        assertEquals(2, Jar.run(data, "", Map.of(), "--lessons", data.resolve("missing").toString()).exit());
    }

    @Test
    void scriptModeRunsTheFileAsIfTyped() throws Exception {
        Path script = data.resolve("demo.txt");
        Files.writeString(script, "lesson 1\nnext\nprogress\n");
        Jar.Result r = Jar.run(data, "", Map.of(), "--script", script.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("threadlab > lesson 1"), r.out());
        assertTrue(r.out().contains("sequential 1/" + Jar.pages("sequential") + " > next"), r.out());
        assertTrue(r.out().matches("(?s).*sequential +2/" + Jar.pages("sequential") + " pages read.*"), r.out());
    }

    @Test
    void checkLessonsReportsFileLineProblemsAndExitsNonZero() throws Exception {
        Path lessons = Files.createDirectories(data.resolve("lessons"));
        Files.writeString(lessons.resolve("bad.md"), "---\nid: bad\ntitle: Bad\norder: 1\nsummary: s\n---\n## Page\n\n```threadlab\nrun primes --turbo\n```\n");
        Jar.Result r = Jar.run(data, "", Map.of(), "--check-lessons", lessons.toString());
        assertEquals(1, r.exit());
        assertTrue(r.out().startsWith(lessons.resolve("bad.md") + ":9: command 'run primes --turbo' does not parse"), r.out());
        Jar.Result good = Jar.run(data, "", Map.of(), "--check-lessons");
        assertEquals(0, good.exit(), good.out() + good.err());
    }

    @Test
    void anExerciseFromStartToPassThroughPipes() throws Exception {
        Jar.Result start = Jar.run(data, "exercise lost-updates\ncheck\nsolution\n\n", Map.of());
        assertTrue(start.out().contains("LOST UPDATES") && start.out().contains(data.resolve("workspace/lost-updates/Counter.java").toString()),
                start.out());
        assertTrue(start.out().contains("✗ not yet")
                && start.out().contains("Lincheck's model checker found an interleaving that loses an update")
                && start.out().contains("The following interleaving leads to the error:"), start.out());
        assertTrue(start.out().contains("Show the reference solution anyway? [y/N]") && start.out().contains("kept it hidden"),
                start.out());
        assertEquals(1, start.exit(), "a check that does not pass makes a script exit 1");
        Jar.Result oneShot = Jar.run(data, "", Map.of(), "check", "lost-updates");
        assertEquals(1, oneShot.exit(), "one-shot 'check ID' on the starter exits 1, for entr, CI and graders: " + oneShot.out());
        assertEquals(2, Jar.run(data, "", Map.of(), "check", "no-such-exercise").exit(), "a usage error exits 2");
        Path counter = data.resolve("workspace/lost-updates/Counter.java");
        Files.writeString(counter, """
                import java.util.concurrent.atomic.AtomicLong;
                public class Counter {
                    private final AtomicLong count = new AtomicLong();
                    public void increment() { count.incrementAndGet(); }
                    public long get() { return count.get(); }
                }
                """);
        Jar.Result pass = Jar.run(data, "check\nexercises\nsolution\nexercise lost-updates\n", Map.of());
        assertEquals(0, pass.exit(), pass.err());
        assertTrue(pass.out().contains("✓ passed lost-updates"), pass.out());
        assertTrue(pass.out().contains("checked: Lincheck's model checker found no bad interleaving"), pass.out());
        assertTrue(pass.out().contains("no lost update in 20 runs of 8 threads × 100,000 increments"), pass.out());
        assertTrue(pass.out().replaceAll("\n +", " ").matches("(?s).*next: 'exercise [a-z-]+' \\(threads: .*1 of \\d+ exercises passed.*"),
                "a pass names the next exercise in the course's order:\n" + pass.out());
        assertTrue(pass.out().matches("(?s).*█+░+  1 of \\d+ passed.*") && pass.out().contains("left: is-prime, time-it"),
                "'exercises' shows a bar and what is left:\n" + pass.out());
        assertEquals(0, Jar.run(data, "", Map.of(), "check", "lost-updates").exit(), "one-shot 'check ID' on a pass exits 0");
        assertTrue(pass.out().contains("✓ passed") && pass.out().contains("reference Counter.java:")
                && pass.out().contains("LongAdder"), "the solution is shown after a pass:\n" + pass.out());
        assertTrue(pass.out().contains("kept as you left them"), "resuming never overwrites the learner's file");
        assertTrue(Files.readString(counter).contains("AtomicLong"));
        assertTrue(Files.readString(data.resolve("progress.properties")).contains("exercise.lost-updates=passed"));
    }

    @Test
    void aMissingEditorNamesTheFileAndWorkspaceIsRemembered() throws Exception {
        Path mine = data.resolve("elsewhere");
        Jar.Result first = Jar.run(data, "exercise is-prime\nedit\n", Map.of("EDITOR", "no-such-editor-here", "VISUAL", ""),
                "--workspace", mine.toString());
        String err = first.err().replaceAll("\n +", " ");
        assertTrue(err.contains("cannot start the editor 'no-such-editor-here' (not installed or not on PATH); open "
                + mine.resolve("is-prime/Primes.java") + " in your editor yourself"), first.err());
        assertFalse(first.out().contains("exercise files now go to"), "--workspace speaks on stderr, not stdout");
        Jar.Result later = Jar.run(data, "workspace\n", Map.of());
        assertTrue(later.out().replaceAll("\n +", " ").contains("exercise files go to " + mine), later.out());
    }

    @Test
    void aCorruptProgressFileIsMovedAsideAndTheShellStarts() throws Exception {
        Files.writeString(data.resolve("progress.properties"), "not progress at all");
        Jar.Result r = Jar.run(data, "progress\n", Map.of());
        assertEquals(0, r.exit());
        assertTrue(r.err().contains("warning: progress file was unreadable"), r.err());
        assertTrue(r.out().contains("no chapter opened yet"), r.out());
    }
}
