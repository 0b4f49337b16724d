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
            tmux.text("s");
            tmux.type("Enter");
            tmux.waitFor("thread-local", 5_000);

            tmux.text("lesson 2");
            tmux.type("Enter");
            tmux.waitFor("threads 1/7 >", 5_000);

            tmux.text("half-typed line");
            tmux.waitFor("threads 1/7 > half-typed line", 5_000);
            tmux.type("C-c");
            // A fresh prompt below the abandoned line: the shell is ready again.
            tmux.waitForCount("threads 1/7 >", 2, 5_000);
            tmux.text("page");
            tmux.type("Enter");
            String screen = tmux.waitFor("chapter 2 · Threads · page 1 of 7", 5_000);
            assertFalse(screen.contains("unknown command 'half-typed"), "Ctrl-C cleared the line:\n" + screen);

            tmux.text("run sleep --modes sequential --tasks 100 --duration 1000");
            tmux.type("Enter");
            tmux.waitFor("warm-up", 10_000);
            tmux.type("C-c");
            tmux.waitFor("cancelled: the run was stopped", 3_000);

            tmux.text("quit");
            tmux.type("Enter");
            tmux.waitFor("THREADLAB-EXITED-0", 5_000);
        }
        assertTrue(Files.readString(data.resolve("history")).contains("lesson 2"), "history is saved in the data dir");
    }

    @Test
    void ctrlDLeavesAndHistoryIsSearchable() throws Exception {
        Files.writeString(data.resolve("history"), "");
        try (Tmux tmux = new Tmux(80, 30, shellCommand())) {
            tmux.waitFor("threadlab >", 15_000);
            tmux.text("sysinfo");
            tmux.type("Enter");
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
