package io.threadlab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threadlab.TestShell;
import io.threadlab.command.CommandSpec;
import io.threadlab.command.Completions;
import java.nio.file.Path;
import java.util.List;
import io.threadlab.command.Opt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command table as a learner meets it: help, completion, lessons, progress, bad input. */
class ShellCommandsTest {
    @TempDir
    Path data;

    @Test
    void helpListsEveryCommandWithItsSummary() {
        TestShell shell = new TestShell(data);
        String help = shell.run("help");
        for (CommandSpec spec : shell.app.session().registry().all()) {
            assertTrue(help.contains(spec.name()) && help.contains(spec.summary().substring(0, Math.min(18, spec.summary().length()))), spec.name());
        }
    }

    @Test
    void helpForACommandShowsEveryOptionOfTheSpecThatParsesIt() {
        TestShell shell = new TestShell(data, 200);
        CommandSpec run = shell.app.session().registry().resolve("run");
        String help = shell.run("help run");
        assertTrue(help.startsWith("usage: run EXPERIMENT [options]"), help);
        for (Opt<?> option : run.allOptions().values()) {
            assertTrue(help.contains("--" + option.name()), option.name());
            if (!option.isFlag() && option.defaultValue() != null && !(option.defaultValue() instanceof List<?> l && l.isEmpty())) {
                assertTrue(help.contains("default"), "help shows the default of --" + option.name());
            }
        }
        assertTrue(help.contains("--repeat R") && help.contains("default 3; 1 to 100"), help);
        assertTrue(help.contains("primes's own options:") && help.contains("--limit N"), help);
    }

    @Test
    void resultsListsEachRunsModesAndShowsARunsTableAgain() throws Exception {
        TestShell shell = new TestShell(data);
        shell.run("run sleep --modes sequential,threads --workers 2 --tasks 2 --duration 1 --repeat 1 --warmup 0");
        shell.run("run primes --limit 1000 --modes threads --workers 2 --gil --repeat 1 --warmup 0");
        String list = shell.run("results").replaceAll("\\s+", " ");
        assertTrue(list.contains("1 sleep sequential,threads") && list.contains("2 primes threads --gil"), list);
        String again = shell.run("results 1");
        assertTrue(again.contains("sleep tasks=2") && again.contains("sequential") && !again.contains("primes"), again);
        shell.run("results 3");
        assertTrue(shell.errors.getLast().contains("results: no run 3; allowed: 1 to 2"), shell.errors.toString());

        // A new shell on the same data dir still has them, and numbers on from them.
        TestShell later = new TestShell(data);
        assertTrue(later.run("results 2").contains("threads+gil"), "run 2 survived the restart");
        later.run("run sleep --modes threads --workers 2 --tasks 2 --duration 1 --repeat 1 --warmup 0");
        String list2 = later.run("results").replaceAll("\\s+", " ");
        assertTrue(list2.contains("1 sleep") && list2.contains("3 sleep threads"), list2);
        later.run("timeline");
        assertTrue(later.printed().contains("thread-1") || later.printed().contains("worker-1"), "timeline draws this session's run");
        java.nio.file.Files.writeString(data.resolve("results.jsonl"), "not json\n", java.nio.file.StandardOpenOption.APPEND);
        TestShell third = new TestShell(data);
        String list3 = third.run("results");
        assertTrue(list3.contains("could not be read and was skipped") && list3.contains("sleep"), list3);
    }

    /** The OS shell's Tab is a static script made from the specs: bash runs it, with no JVM (issue 17). */
    @Test
    void theBashCompletionScriptCompletesLikeTheShell() throws Exception {
        TestShell shell = new TestShell(data);
        String script = shell.run("completion bash");
        String out = io.threadlab.BashCompletion.probe(script, data, List.of("threadlab swe", "threadlab run primes --",
                "threadlab run primes --modes sequential,th", "threadlab lesson mem"));
        assertTrue(out.contains("threadlab swe=>sweep"), out);
        String primes = out.lines().filter(l -> l.startsWith("threadlab run primes --=>")).findFirst().orElse("");
        assertTrue(primes.contains("--limit") && primes.contains("--modes") && !primes.contains("--requests"), out);
        assertTrue(out.contains("=>sequential,threads sequential,thread-per-task"), out);
        assertTrue(out.contains("threadlab lesson mem=>memory-model"), out);
        assertTrue(shell.run("completion zsh").contains("bashcompinit"));
        shell.run("completion fish");
        assertTrue(shell.errors.getLast().contains("completion: no script for 'fish'; allowed: bash, zsh"), shell.errors.toString());
        String man = shell.run("manpage");
        assertTrue(man.startsWith(".TH THREADLAB 1") && man.contains(".SH COMMANDS") && man.contains("\\-\\-limit"), man);
        for (String command : shell.app.session().registry().names()) {
            assertTrue(man.contains("\n.B " + command), "the man page has " + command);
        }
    }

    @Test
    void completionComesFromTheSameSpecs() {
        TestShell shell = new TestShell(data);
        Completions c = shell.app.completions();
        assertTrue(c.candidates(List.of("les")).containsAll(List.of("lesson", "lessons")));
        assertEquals(List.of("sequential", "threads", "thread-local", "processes", "queues", "memory-model", "executors",
                "virtual-threads", "beyond-the-gil"),
                c.candidates(List.of("lesson", "")));
        assertTrue(c.candidates(List.of("run", "primes", "--")).containsAll(List.of("--modes", "--workers", "--gil", "--limit")));
        assertTrue(c.candidates(List.of("run", "primes", "--modes", "")).containsAll(List.of("sequential", "virtual", "async")));
        assertTrue(c.candidates(List.of("run", "")).containsAll(List.of("primes", "fetch", "race")));
        assertTrue(c.candidates(List.of("run", "race", "--counter", "")).contains("adder"));
        assertTrue(c.candidates(List.of("help", "")).contains("sweep"));
        assertEquals(List.of(), c.candidates(List.of("nosuch", "")));
    }

    @Test
    void lessonsNavigationMovesThePromptAndSavesProgress() {
        TestShell shell = TestShell.onFixture(data);
        assertEquals("threadlab > ", shell.app.prompt());
        String list = shell.run("lessons");
        assertTrue(list.contains("alpha") && list.contains("beta"), list);
        String page = shell.run("lesson 1");
        assertTrue(page.contains("chapter 1 · Alpha · page 1 of 3") && page.contains("Intro text."), page);
        assertEquals("alpha 1/3 > ", shell.app.prompt());
        shell.run("next");
        assertEquals("alpha 2/3 > ", shell.app.prompt());
        shell.run("back");
        assertEquals("alpha 1/3 > ", shell.app.prompt());
        assertTrue(shell.run("back").contains("this is the first page"));
        shell.run("page 3");
        assertTrue(shell.run("next").contains("end of 'alpha'; on to chapter 2, Beta"));
        assertEquals("beta 1/3 > ", shell.app.prompt());

        TestShell again = TestShell.onFixture(data);
        assertEquals("beta 1/3 > ", again.app.prompt(), "progress survives a restart");
        assertTrue(again.run("progress").contains("alpha  3/3 pages read"), again.lines.toString());
    }

    @Test
    void nextPastTheLastPageOpensTheNextChapter() {
        TestShell shell = new TestShell(data);
        shell.run("lesson sequential");
        String out = "";
        for (int i = 0; i < 10 && !out.contains("on to chapter 2"); i++) {
            out = shell.run("next");
        }
        assertTrue(out.contains("on to chapter 2"), out);
        assertTrue(shell.app.prompt().startsWith("threads 1/"));
    }

    @Test
    void tryRunsTheBlocksOfTheCurrentPage() {
        TestShell shell = new TestShell(data);
        assertTrue(shell.run("try").contains("no chapter is open"));
        shell.run("lesson sequential");
        shell.run("page 5");
        String out = shell.run("try");
        assertTrue(out.contains("▶ sysinfo") && out.contains("cores (availableProcessors)"), out);
        assertTrue(shell.run("try 9").contains("try: no command 9 on this page; allowed: 1 to 3"));
    }

    @Test
    void resetProgressAsksFirst() {
        TestShell shell = new TestShell(data);
        shell.run("lesson 3");
        shell.answers.add("n");
        assertTrue(shell.run("reset progress").contains("kept your progress"));
        assertTrue(shell.app.prompt().startsWith("thread-local"));
        shell.answers.add("yes");
        assertTrue(shell.run("reset progress").contains("progress reset"));
        assertEquals("threadlab > ", shell.app.prompt());
        assertEquals("threadlab > ", new TestShell(data).app.prompt());
    }

    @Test
    void badInputGetsOneLineAndTheShellKeepsAnswering() {
        TestShell shell = new TestShell(data);
        List<String> bad = List.of("xyz", "lesn 1", "lesson 99", "lesson", "next", "page 0", "run", "run nosuch",
                "run primes --limit 1e9", "run primes --workers NaN", "run 'primes", "reset everything", "help nosuch",
                "sysinfo extra", "export", "timeline", "run primes --modes async", "run spawn --modes threads");
        for (String line : bad) {
            int before = shell.errors.size();
            String out = shell.run(line);
            assertEquals(before + 1, shell.errors.size(), "one error for: " + line + " -> " + out);
            assertFalse(shell.lastError().contains("\n"), line);
            assertFalse(shell.lastError().contains("Exception"), shell.lastError());
        }
        assertTrue(shell.run("help").contains("sysinfo"));
        assertTrue(shell.errors.contains("unknown command 'lesn'; did you mean lesson?"), shell.errors.toString());
    }
}
