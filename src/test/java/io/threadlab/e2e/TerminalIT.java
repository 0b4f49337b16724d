package io.threadlab.e2e;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shell in a real terminal under tmux, typed at as a person would. */
class TerminalIT {
    @TempDir
    Path data;

    private String shellCommand() {
        // The trap keeps the wrapper shell alive through Ctrl-C (which the whole foreground
        // group receives), as a learner's interactive shell would stay alive.
        return "sh -c 'trap : INT; " + String.join(" ", Jar.command(java.util.List.of("--data-dir", data.toString())))
                + "; echo THREADLAB-EXITED-$?; sleep 60'";
    }

    @Test
    void completesOpensALessonSurvivesCtrlCAndQuits() throws Exception {
        try (Tmux tmux = new Tmux(100, 40, shellCommand())) {
            tmux.waitFor("threadlab >", 15_000);
            tmux.text("les");
            tmux.type("Tab");
            String menu = tmux.waitFor("list the chapters in order", 5_000);
            assertTrue(menu.contains("threadlab > lesson"), "Tab completed the common prefix:\n" + menu);
            tmux.enter("s");
            tmux.waitFor("thread-local", 5_000);

            tmux.enter("lesson 2");
            tmux.waitFor("threads 1/" + Jar.pages("threads") + " >", 5_000);

            tmux.text("half-typed line");
            tmux.waitFor("threads 1/" + Jar.pages("threads") + " > half-typed line", 5_000);
            tmux.type("C-c");
            // A fresh prompt below the abandoned line: the shell is ready again.
            tmux.waitForCount("threads 1/" + Jar.pages("threads") + " >", 2, 5_000);
            tmux.enter("page");
            String screen = tmux.waitFor("chapter 2 · Threads · page 1 of " + Jar.pages("threads"), 5_000);
            assertFalse(screen.contains("unknown command 'half-typed"), "Ctrl-C cleared the line:\n" + screen);
            tmux.waitForCount("'next' for page 2", 2, 5_000); // reads on through the pager to the end of the page

            tmux.enter("run sleep --modes sequential --tasks 100 --duration 1000");
            tmux.waitFor("warm-up", 10_000);
            tmux.type("C-c");
            tmux.waitFor("cancelled: the run was stopped", 3_000);

            tmux.enter("quit");
            tmux.waitFor("THREADLAB-EXITED-0", 5_000);
        }
        assertTrue(Files.readString(data.resolve("history")).contains("lesson 2"), "history is saved in the data dir");
    }

    /** Tab after an experiment offers only that experiment's options (issue 17). */
    @Test
    void tabOffersOnlyTheExperimentsOwnOptions() throws Exception {
        try (Tmux tmux = new Tmux(100, 30, shellCommand())) {
            tmux.waitFor("threadlab >", 15_000);
            tmux.text("run primes --");
            tmux.type("Tab");
            String options = tmux.waitFor("--limit", 5_000);
            assertTrue(options.contains("--chunk") && options.contains("--modes"), options);
            assertFalse(options.contains("--requests") || options.contains("--latency") || options.contains("--count"),
                    "only primes' options:\n" + options);
            tmux.type("C-u");
            tmux.enter("quit");
            tmux.waitFor("THREADLAB-EXITED-0", 5_000);
        }
    }

    /** History suggests as you type, and → takes the suggestion (issue 17). */
    @Test
    void rightArrowTakesTheSuggestionFromHistory() throws Exception {
        try (Tmux tmux = new Tmux(100, 30, shellCommand())) {
            tmux.waitFor("threadlab >", 15_000);
            tmux.enter("help experiments");
            tmux.waitFor("usage: experiments", 5_000);
            tmux.text("help ex"); // alone, ambiguous: experiments or export
            tmux.type("Right");
            tmux.type("Enter");
            String screen = tmux.waitForCount("usage: experiments", 2, 5_000);
            assertFalse(screen.contains("ambiguous"), screen);
            tmux.enter("quit");
            tmux.waitFor("THREADLAB-EXITED-0", 5_000);
        }
    }

    /** A one-shot command on a terminal uses its real width, though the shell does not export COLUMNS (issue 17). */
    @Test
    void aOneShotCommandUsesTheTerminalsWidth() throws Exception {
        String help = "env -u COLUMNS " + String.join(" ", Jar.command(java.util.List.of("--data-dir", data.toString(), "help", "run")));
        try (Tmux tmux = new Tmux(150, 30, "sh -c '" + help + "; echo ONE-SHOT-DONE; sleep 60'")) {
            String screen = tmux.waitFor("ONE-SHOT-DONE", 15_000);
            int widest = screen.lines().mapToInt(String::length).max().orElse(0);
            assertTrue(widest > 100 && widest <= 150, "help wrapped at " + widest + " columns in a 150-column terminal:\n" + screen);
        }
    }

    /** At 80×24 a lesson page taller than the screen stops at each screen (issue 16): Space goes on, q stops. */
    @Test
    void aTallPageStopsAtEachScreen() throws Exception {
        try (Tmux tmux = new Tmux(80, 24, shellCommand())) {
            tmux.waitFor("threadlab >", 15_000);
            tmux.enter("lesson 6");
            String first = tmux.waitFor("q stop", 5_000);
            assertTrue(first.contains("chapter 6 · Memory model and locks · page 1 of"), "the heading is on the first screen:\n" + first);
            assertTrue(Tmux.paging(first), "the pager waits for a key:\n" + first);
            java.util.regex.Matcher shown = java.util.regex.Pattern.compile("more: (\\d+) of (\\d+) lines").matcher(first);
            assertTrue(shown.find(), first);
            assertTrue(Integer.parseInt(shown.group(1)) <= 22, "one screen of 24 rows at a time:\n" + first);
            tmux.type("Space");
            int screen = Integer.parseInt(shown.group(1));
            assertTrue(2 * screen < Integer.parseInt(shown.group(2)), "this test needs a page over two screens long:\n" + first);
            tmux.waitFor("more: " + 2 * screen + " of", 5_000);
            tmux.type("q");
            String after = tmux.waitFor("'page' shows this page again", 5_000);
            tmux.waitFor("memory-model 1/", 5_000);
            assertFalse(Tmux.paging(after), "q ended the page:\n" + after);
            tmux.enter("quit");
            tmux.waitFor("THREADLAB-EXITED-0", 5_000);
        }
    }

    /**
     * A paste of three lines runs three commands (issue 17), though it arrives as one
     * bracketed-paste buffer: ending in a newline, it runs at once, each line shown after the
     * prompt it ran at. A paste without the last newline waits on the line for Enter.
     */
    @Test
    void aPasteOfSeveralLinesRunsEachCommand() throws Exception {
        try (Tmux tmux = new Tmux(100, 40, shellCommand())) {
            tmux.waitFor("threadlab >", 15_000);
            tmux.paste("sysinfo\nexperiments\nprogress\n");
            String screen = tmux.waitFor("saved in " + data.resolve("progress.properties"), 10_000);
            assertTrue(screen.contains("cores") && screen.contains("'help run' lists every option"), screen);
            assertFalse(screen.contains("takes no arguments"), screen);
            int experiments = screen.indexOf("threadlab > experiments");
            assertTrue(experiments > screen.indexOf("cores") && screen.indexOf("threadlab > progress") > experiments,
                    "each command is shown above its own output:\n" + screen);

            tmux.type("C-l");
            tmux.paste("lesson 2\nsysinfo");
            String waiting = tmux.waitFor("> sysinfo", 5_000);
            assertFalse(waiting.contains("Threads for waiting"), "without the last newline nothing runs yet:\n" + waiting);
            tmux.type("Enter");
            tmux.waitFor("threads 1/" + Jar.pages("threads") + " >", 10_000);
            tmux.waitFor("cores", 5_000);
            tmux.enter("quit");
            tmux.waitFor("THREADLAB-EXITED-0", 5_000);
        }
    }

    /**
     * A command that runs longer than a second shows its row, its repeat and the time so far on
     * its last line, redrawn as it goes, with or without colour (issue 17); a quick one shows
     * nothing, and the line is gone when the result comes.
     */
    @Test
    void aLongRunShowsWhatItIsDoingAndForHowLong() throws Exception {
        Path raw = data.resolve("raw.txt");
        try (Tmux tmux = new Tmux(100, 30, "env NO_COLOR=1 " + shellCommand())) {
            tmux.record(raw);
            tmux.waitFor("threadlab >", 15_000);
            tmux.enter("run sleep --modes sequential,threads --workers 2 --tasks 8 --duration 400 --repeat 2 --warmup 0");
            java.util.regex.Pattern line = java.util.regex.Pattern.compile("row (\\d)/2 · [^\\n]*: run (\\d)/2 · (\\d+\\.\\d) s");
            java.util.Set<String> seconds = new java.util.TreeSet<>();
            long end = System.nanoTime() + 20_000_000_000L;
            String screen = tmux.screen();
            while (!screen.contains("result:") && System.nanoTime() < end) {
                java.util.regex.Matcher m = line.matcher(screen);
                if (m.find()) {
                    assertTrue(Double.parseDouble(m.group(3)) >= 1.0, "nothing shows in the first second:\n" + screen);
                    seconds.add(m.group(3));
                }
                Thread.sleep(100);
                screen = tmux.screen();
            }
            assertTrue(seconds.size() >= 3, "the time so far is redrawn while a repeat runs: " + seconds);
            screen = tmux.waitFor("result:", 20_000);
            assertFalse(line.matcher(screen).find(), "the progress line is gone with the result:\n" + screen);
            tmux.enter("sysinfo");
            tmux.waitFor("cores", 5_000);
            tmux.enter("quit");
            tmux.waitFor("THREADLAB-EXITED-0", 5_000);
        }
        String written = Files.readString(raw);
        String afterRun = written.substring(written.lastIndexOf("result:"));
        assertFalse(java.util.regex.Pattern.compile("\r\u001b\\[K[^\r\n]* · \\d+\\.\\d s").matcher(afterRun).find(),
                "a quick command draws no progress line:\n" + afterRun);
        assertTrue(java.util.regex.Pattern.compile("\r\u001b\\[Krow 1/2 · [^\r\n]* · \\d+\\.\\d s").matcher(written).find(),
                "the run drew its progress line in place, without colour");
    }

    /** The time a question waited for the learner's answer is not counted in the progress line's time so far. */
    @Test
    void theProgressClockSkipsTheTimeAQuestionWaited() throws Exception {
        try (Tmux tmux = new Tmux(100, 30, shellCommand())) {
            tmux.waitFor("threadlab >", 15_000);
            tmux.enter("lesson executors");
            tmux.waitFor("executors 1/", 10_000);
            tmux.enter("page 5");
            tmux.waitFor("executors 5/", 10_000);
            tmux.enter("predict");
            tmux.waitFor("your guess (1-3):", 5_000);
            Thread.sleep(3_000); // the learner thinks
            tmux.enter("2");
            java.util.regex.Pattern line = java.util.regex.Pattern.compile("· (\\d+\\.\\d) s\\s*$", java.util.regex.Pattern.MULTILINE);
            long end = System.nanoTime() + 30_000_000_000L;
            String first = null;
            while (first == null && System.nanoTime() < end) {
                java.util.regex.Matcher m = line.matcher(tmux.screen());
                if (m.find()) {
                    first = m.group(1);
                }
                Thread.sleep(50);
            }
            assertTrue(first != null && Double.parseDouble(first) < 2.5,
                    "the first progress line counts from the answer, not from the question: " + first);
            tmux.waitFor("your guess: about 1.33×", 60_000);
            tmux.enter("quit");
            tmux.waitFor("THREADLAB-EXITED-0", 5_000);
        }
    }

    /** NO_COLOR turns off every colour, JLine's own included (issue 13's cosmetic: a grey mark at each prompt). */
    @Test
    void noColorMeansNoColourAtAll() throws Exception {
        Path raw = data.resolve("raw.txt");
        try (Tmux tmux = new Tmux(100, 30, "env NO_COLOR=1 " + shellCommand())) {
            tmux.record(raw);
            tmux.waitFor("threadlab >", 15_000);
            tmux.enter("lessons");
            tmux.text("run ");
            tmux.type("Tab");
            tmux.type("Tab");
            tmux.waitFor("primes", 5_000);
            tmux.type("C-u");
            tmux.enter("nonsense");
            tmux.waitFor("unknown command", 5_000);
            tmux.enter("quit");
            tmux.waitFor("THREADLAB-EXITED-0", 5_000);
        }
        String written = Files.readString(raw);
        java.util.regex.Matcher colour = java.util.regex.Pattern.compile("\u001b\\[[0-9;]*(3[0-9]|9[0-7]|4[0-9]|10[0-7])[0-9;]*m")
                .matcher(written);
        assertFalse(colour.find(), "a colour code with NO_COLOR: " + (colour.find(0) ? colour.group().substring(1) : ""));
    }

    static final java.util.List<String> A_COMMANDS = java.util.List.of("run", "sweep", "lesson", "page", "next");
    static final java.util.List<String> B_COMMANDS = java.util.List.of("back", "try", "progress", "results", "export");

    @Test
    void twoShellsOnOneDataDirKeepEachOthersHistoryAndProgress() throws Exception {
        try (Tmux a = new Tmux(100, 30, shellCommand()); Tmux b = new Tmux(100, 30, shellCommand())) {
            a.waitFor("threadlab >", 15_000);
            b.waitFor("threadlab >", 15_000);
            for (int i = 0; i < 5; i++) {
                a.enter("help " + A_COMMANDS.get(i));
                a.waitFor("usage: " + A_COMMANDS.get(i), 5_000);
                a.endPage(); // 'help run' is longer than the screen
                b.enter("help " + B_COMMANDS.get(i));
                b.waitFor("usage: " + B_COMMANDS.get(i), 5_000);
                b.endPage();
            }
            a.enter("lesson 2");
            a.waitFor("threads 1/" + Jar.pages("threads") + " >", 5_000);
            b.enter("lesson 5");
            b.waitFor("queues 1/" + Jar.pages("queues") + " >", 5_000);
            a.enter("quit");
            b.enter("quit");
            a.waitFor("THREADLAB-EXITED-0", 5_000);
            b.waitFor("THREADLAB-EXITED-0", 5_000);
        }
        java.util.List<String> history = Files.readAllLines(data.resolve("history"));
        for (String command : java.util.stream.Stream.concat(A_COMMANDS.stream(), B_COMMANDS.stream()).toList()) {
            assertTrue(history.stream().filter(l -> l.endsWith(":help " + command)).count() == 1,
                    "'help " + command + "' is in the history once:\n" + history);
        }
        assertTrue(history.stream().allMatch(l -> l.matches("\\d+:.+")), "every history line is well-formed:\n" + history);
        String progress = Files.readString(data.resolve("progress.properties"));
        assertTrue(progress.contains("seen.threads=1") && progress.contains("seen.queues=1"), progress);
    }

    @Test
    void ctrlDLeavesAndHistoryIsSearchable() throws Exception {
        Files.writeString(data.resolve("history"), "");
        try (Tmux tmux = new Tmux(80, 30, shellCommand())) {
            tmux.waitFor("threadlab >", 15_000);
            tmux.enter("sysinfo");
            tmux.waitFor("virtual-thread scheduler", 5_000);
            tmux.type("C-r");
            tmux.text("sysi");
            tmux.waitFor("sysinfo", 3_000);
            tmux.type("Enter");
            tmux.waitForCount("virtual-thread scheduler", 2, 5_000);
            tmux.type("C-d");
            tmux.waitFor("THREADLAB-EXITED-0", 5_000);
        }
    }
}
