package io.threadlab.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Closing the terminal (SIGHUP) during a processes run: no child JVM survives the shell. */
class HangupIT {
    @TempDir
    Path data;

    @Test
    void sighupDuringAProcessesRunLeavesNoChild() throws Exception {
        List<String> cmd = new ArrayList<>(Jar.command(List.of("--data-dir", data.toString())));
        Process shell = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(data.resolve("out.txt").toFile()).start();
        shell.getOutputStream().write("run primes --modes processes --workers 3 --limit 50000000\n".getBytes());
        shell.getOutputStream().flush(); // stdin stays open, as a terminal's would
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        List<ProcessHandle> children = List.of();
        while (children.size() < 3 && System.nanoTime() < end) {
            Thread.sleep(50);
            children = shell.toHandle().children().filter(ProcessHandle::isAlive).toList();
        }
        assertEquals(3, children.size(), "three worker JVMs: " + Files.readString(data.resolve("out.txt")));
        new ProcessBuilder("kill", "-HUP", Long.toString(shell.pid())).start().waitFor();
        assertTrue(shell.waitFor(10, TimeUnit.SECONDS), "the shell ended on SIGHUP");
        Thread.sleep(500);
        for (ProcessHandle child : children) {
            assertTrue(!child.isAlive(), "worker " + child.pid() + " outlived the shell");
        }
    }
}
