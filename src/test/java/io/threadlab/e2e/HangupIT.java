package io.threadlab.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threadlab.process.TempDirs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Closing the terminal (SIGHUP), SIGTERM or SIGKILL during a run or a check: no child JVM
 * survives the shell, and no temporary folder survives it either, or, after SIGKILL, the next
 * start (issue 13, B6 and B18).
 */
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

    private static final Path TMP = Path.of(System.getProperty("java.io.tmpdir"));

    /** The shell's own temporary folders: threadlab-KIND-PID-*. */
    private static List<Path> folders(String kind, long pid) throws Exception {
        try (var found = Files.newDirectoryStream(TMP, "threadlab-" + kind + "-" + pid + "-*")) {
            List<Path> out = new ArrayList<>();
            found.forEach(out::add);
            return out;
        }
    }

    private Process startWith(String line) throws Exception {
        Process shell = new ProcessBuilder(Jar.command(List.of("--data-dir", data.toString())))
                .redirectErrorStream(true).redirectOutput(data.resolve("out.txt").toFile()).start();
        shell.getOutputStream().write((line + "\n").getBytes());
        shell.getOutputStream().flush();
        return shell;
    }

    private static List<Path> waitForFolder(String kind, Process shell) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        List<Path> made = List.of();
        while (made.isEmpty() && System.nanoTime() < end) {
            Thread.sleep(50);
            made = folders(kind, shell.pid());
        }
        return made;
    }

    @Test
    void sighupOrSigtermDuringACopyLeavesNoFolder() throws Exception {
        for (String signal : List.of("-HUP", "-TERM")) {
            Process shell = startWith("run copy --files 40 --file-size 16 --modes sequential,threads");
            List<Path> made = waitForFolder("copy", shell);
            assertEquals(1, made.size(), signal + ": the copy's folder: " + Files.readString(data.resolve("out.txt")));
            new ProcessBuilder("kill", signal, Long.toString(shell.pid())).start().waitFor();
            assertTrue(shell.waitFor(10, TimeUnit.SECONDS), signal + ": the shell ended");
            assertTrue(Files.notExists(made.getFirst()), signal + ": " + made.getFirst() + " was left behind");
        }
    }

    @Test
    void afterSigkillTheNextStartCleansUp() throws Exception {
        Process shell = startWith("run copy --files 40 --file-size 16 --modes sequential,threads");
        List<Path> made = waitForFolder("copy", shell);
        assertEquals(1, made.size(), Files.readString(data.resolve("out.txt")));
        shell.destroyForcibly().waitFor();
        assertTrue(Files.exists(made.getFirst()), "SIGKILL runs no hook");
        Process next = new ProcessBuilder(Jar.command(List.of("--data-dir", data.toString(), "sysinfo")))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (Files.exists(made.getFirst()) && System.nanoTime() < end) {
            Thread.sleep(50);
        }
        next.waitFor(20, TimeUnit.SECONDS);
        assertTrue(Files.notExists(made.getFirst()), "the next start deleted the dead shell's folder");
    }

    @Test
    void sighupDuringACheckLeavesNoFolder() throws Exception {
        Process shell = startWith("check deadlock");
        // 'check' needs a started exercise: start it first, then check.
        shell.getOutputStream().write("exercise deadlock\ncheck deadlock\n".getBytes());
        shell.getOutputStream().flush();
        List<Path> made = waitForFolder("check", shell);
        assertTrue(!made.isEmpty(), Files.readString(data.resolve("out.txt")));
        new ProcessBuilder("kill", "-HUP", Long.toString(shell.pid())).start().waitFor();
        assertTrue(shell.waitFor(10, TimeUnit.SECONDS), "the shell ended");
        for (Path p : made) {
            assertTrue(Files.notExists(p), p + " was left behind");
        }
    }

    /** The CPython child and its pool, once all of them are up. */
    private static List<ProcessHandle> pythons(Process shell, int want) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        List<ProcessHandle> found = List.of();
        while (found.size() < want && System.nanoTime() < end) {
            Thread.sleep(50);
            found = shell.descendants().filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().command().orElse("").contains("python")).toList();
        }
        return found;
    }

    @Test
    void neitherSighupNorSigkillLeavesACpythonProcess() throws Exception {
        for (String signal : List.of("-HUP", "-KILL")) {
            Process shell = startWith("run primes --limit 20000000 --modes processes --workers 2 --runtime python");
            List<ProcessHandle> python = pythons(shell, 3);
            assertEquals(3, python.size(), signal + ": the child and its pool of two: " + Files.readString(data.resolve("out.txt")));
            List<Path> folder = folders("python", shell.pid());
            assertEquals(1, folder.size(), "the script's folder");
            new ProcessBuilder("kill", signal, Long.toString(shell.pid())).start().waitFor();
            assertTrue(shell.waitFor(10, TimeUnit.SECONDS), signal + ": the shell ended");
            // After SIGKILL no hook runs: the script sees its stdin close and takes its pool along.
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
            while (python.stream().anyMatch(ProcessHandle::isAlive) && System.nanoTime() < end) {
                Thread.sleep(20);
            }
            for (ProcessHandle p : python) {
                assertTrue(!p.isAlive(), signal + ": python " + p.pid() + " outlived the shell");
            }
            if (signal.equals("-HUP")) {
                assertTrue(Files.notExists(folder.getFirst()), folder.getFirst() + " was left behind");
            } else {
                // SIGKILL runs no hook; the next start deletes it (afterSigkillTheNextStartCleansUp).
                TempDirs.deleteStale();
            }
        }
    }
}
