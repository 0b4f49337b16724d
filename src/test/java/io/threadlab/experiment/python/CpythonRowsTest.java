package io.threadlab.experiment.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.jr.ob.JSON;
import io.threadlab.Leaks;
import io.threadlab.TestShell;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CPython rows, run for real in the python3 on PATH (CI has one): the same results as the
 * JVM rows, checked by the same Java code; nothing left running after a Ctrl-C; and one line
 * when there is no usable interpreter.
 */
class CpythonRowsTest {
    @TempDir
    Path data;

    @BeforeAll
    static void python3IsThere() {
        // Not an assumption: a machine without it would skip the very tests this issue asks for.
        assertTrue(PythonFinder.find("python3") instanceof PythonFinder.Usable,
                "these tests need a python3 3.8+ on PATH: " + PythonFinder.find("python3"));
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> rows(TestShell shell, String command) throws Exception {
        int errors = shell.errors.size();
        String out = shell.run(command + " --format json --repeat 1 --warmup 0");
        assertEquals(errors, shell.errors.size(), () -> "failed: " + command + "\n" + out);
        return (List<Map<String, Object>>) JSON.std.mapFrom(out).get("rows");
    }

    private static List<Map<String, Object>> python(List<Map<String, Object>> rows) {
        return rows.stream().filter(r -> r.get("runtime").equals("python")).toList();
    }

    @Test
    void cpythonRowsSumTheSamePrimesAsTheJvmRows() throws Exception {
        List<Map<String, Object>> rows = rows(new TestShell(data),
                "run primes --limit 200000 --modes sequential,threads,processes --workers 2 --runtime jvm,python");
        assertEquals(6, rows.size(), rows.toString());
        assertEquals(3, python(rows).size());
        for (Map<String, Object> row : rows) {
            assertEquals("1709600813", row.get("result"), row.toString());
        }
        for (Map<String, Object> row : python(rows)) {
            assertTrue(row.get("version").toString().startsWith("3."), row.toString());
            assertTrue(((Number) row.get("speedup_vs_jvm")).doubleValue() > 0, row.toString());
            assertEquals(true, row.get("gil"), "a CPython with its GIL says so: " + row);
        }
        assertEquals(List.of("sequential", "threads", "processes"), python(rows).stream().map(r -> r.get("mode")).toList());
    }

    @Test
    void squaresSleepFetchAndRaceAgreeAcrossRuntimes() throws Exception {
        TestShell shell = new TestShell(data);
        List<Map<String, Object>> squares = rows(shell, "run squares --count 4 --size 20000 --modes sequential,threads,processes"
                + " --workers 2 --runtime jvm,python");
        assertEquals(1, squares.stream().map(r -> r.get("result")).distinct().count(), squares.toString());
        assertEquals(3, python(squares).size());
        List<Map<String, Object>> sleep = rows(shell, "run sleep --tasks 6 --duration 20 --modes sequential,threads,async,processes"
                + " --workers 3 --runtime jvm,python");
        assertEquals(List.of("sequential", "threads", "async", "processes"), python(sleep).stream().map(r -> r.get("mode")).toList());
        sleep.forEach(r -> assertEquals("6", r.get("result"), r.toString()));
        // The same local page server answers both runtimes; every title must be the right one.
        List<Map<String, Object>> fetch = rows(shell, "run fetch --requests 8 --latency 10 --modes sequential,threads,async,processes"
                + " --workers 2 --runtime jvm,python");
        assertEquals(4, python(fetch).size());
        fetch.forEach(r -> assertEquals("8", r.get("result"), r.toString()));
        List<Map<String, Object>> race = rows(shell, "run race --increments 20000 --counter synchronized --workers 2 --runtime jvm,python");
        assertEquals(List.of("40000", "40000"), race.stream().map(r -> r.get("result")).toList());
    }

    @Test
    void theTableLabelsCpythonRowsAndComparesThemWithTheJvm() {
        TestShell shell = new TestShell(data, 120);
        String out = shell.run("run primes --limit 100000 --modes sequential,threads --workers 2 --runtime jvm,python --gil"
                + " --repeat 1 --warmup 0").replaceAll("\\s+", " ");
        String version = ((PythonFinder.Usable) PythonFinder.find("python3")).engine().shortVersion();
        assertTrue(out.contains("threads · CPython " + version), out);
        if (out.contains("~ busy machine") || out.contains("~ unsteady run")) {
            // The machine was too busy to tell (CI runs beside other work): the comparisons are withheld, as they must be.
            assertFalse(out.contains("against the JVM's sequential row") || out.contains("speedup = "), out);
            return;
        }
        assertTrue(out.contains("against the JVM's sequential row"), out);
        assertTrue(out.matches(".*simulated GIL: \\d+\\.\\d\\d× · CPython " + version.replace(".", "\\.") + " threads: \\d+\\.\\d\\d×.*"), out);
        assertTrue(out.contains("speedup = the same runtime's sequential median"), out);
    }

    @Test
    void aCpythonRowsTimelineSplitsTasksIntoRunningAndWaitingForTheGil() {
        TestShell shell = new TestShell(data, 100);
        shell.run("run primes --limit 200000 --modes threads --workers 2 --runtime python --repeat 1 --warmup 0");
        String out = shell.run("timeline").replaceAll("\\s+", " ");
        assertTrue(out.contains("thread-1 │") && out.contains("thread-2 │"), out);
        assertTrue(out.contains("reports each task's CPU time, not the moment of each GIL turn"), out);
        // Two threads under one GIL: each waited for it about as long as the other ran.
        assertTrue(out.matches(".*running \\d[\\d.]* ms · I/O 0\\.000 ms · waiting for the GIL or a lock \\d[\\d.]* ms.*"), out);
        assertFalse(out.contains("waiting for the GIL or a lock 0.000 ms"), out);
    }

    @Test
    void ctrlCLeavesNoPythonProcessWithinASecond() throws Exception {
        for (String mode : List.of("processes", "threads")) {
            TestShell shell = new TestShell(data);
            Leaks.Snapshot before = Leaks.snapshot();
            Thread runner = Thread.ofPlatform().start(() -> shell.run(
                    "run primes --limit 20000000 --modes " + mode + " --workers 2 --runtime python --repeat 1"));
            // Wait until the child (and, for processes, its pool) is running.
            long end = System.nanoTime() + 20_000_000_000L;
            int want = mode.equals("processes") ? 3 : 1;
            while (pythons().size() < want && System.nanoTime() < end) {
                Thread.sleep(20);
            }
            Set<Long> running = pythons();
            assertTrue(running.size() >= want, mode + ": the CPython child and its pool started: " + running);
            Thread.sleep(300);
            long pressed = System.nanoTime();
            shell.app.session().cancelRunning();
            runner.join(1_000);
            assertFalse(runner.isAlive(), mode + ": the run returned within 1 s of Ctrl-C");
            while (!pythons().isEmpty() && System.nanoTime() - pressed < 1_000_000_000L) {
                Thread.sleep(10);
            }
            assertEquals(Set.of(), pythons(), mode + ": python processes left 1 s after Ctrl-C");
            assertEquals(List.of(), Leaks.leftSince(before, 1_000), mode);
            assertTrue(shell.lastError().startsWith("cancelled") || shell.lastError().contains("stopped"), shell.lastError());
        }
    }

    /** This JVM's descendants that are Python interpreters. */
    static Set<Long> pythons() {
        return ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().orElse("").contains("python"))
                .map(ProcessHandle::pid).collect(Collectors.toSet());
    }

    /** A program that answers the probe as {@code line} says, standing in for an interpreter we cannot install here. */
    private Path fakePython(String name, String line) throws Exception {
        Path exe = data.resolve(name);
        Files.writeString(exe, "#!/bin/sh\necho '" + line + "'\n");
        Files.setPosixFilePermissions(exe, PosixFilePermissions.fromString("rwxr-xr-x"));
        return exe;
    }

    @Test
    void noUsablePythonIsOneLineAndTheJvmRowsStillRun() throws Exception {
        TestShell shell = new TestShell(data, 300);
        Path old = fakePython("python3.7", "3.7.16|cpython|1|/opt/python3.7");
        Path two = fakePython("python2", "2.7.18|cpython|1|/opt/python2");
        for (String python : List.of(old.toString(), two.toString(), data.resolve("missing").toString(), "no-such-python3")) {
            String out = shell.run("run primes --limit 10000 --runtime jvm,python --python " + python + " --repeat 1 --warmup 0");
            List<String> notes = out.lines().filter(l -> l.contains("no usable Python")).toList();
            assertEquals(1, notes.size(), out);
            assertTrue(notes.getFirst().contains("--python"), "it says how to choose another: " + notes);
            assertTrue(out.contains("5,736,396 = sum of the primes below 10,000"), out);
            assertFalse(out.contains("· CPython"), out);
        }
        String old37 = shell.run("run primes --limit 10000 --runtime jvm,python --python " + old + " --repeat 1 --warmup 0");
        assertTrue(old37.contains("is CPython 3.7.16, and the CPython rows need 3.8 or newer"), old37);
        String py2 = shell.run("run primes --limit 10000 --runtime jvm,python --python " + two + " --repeat 1 --warmup 0");
        assertTrue(py2.contains("is CPython 2.7.18"), py2);
        // With CPython rows only, nothing can run: the same one line, as an error.
        int before = shell.errors.size();
        shell.run("run primes --limit 10000 --runtime python --python " + old);
        assertEquals(before + 1, shell.errors.size());
        assertTrue(shell.lastError().startsWith("no usable Python:"), shell.lastError());
        assertFalse(shell.lastError().contains("\n"));
    }

    @Test
    void aFreeThreadedBuildIsLabelledNoGil() {
        PythonFinder.Found found = PythonFinder.parse("python3.13t", "3.13.1|cpython|0|/usr/bin/python3.13t", 0);
        PythonFinder.Usable usable = (PythonFinder.Usable) found;
        assertEquals("CPython 3.13 (no GIL)", usable.engine().label());
        assertFalse(usable.engine().gil());
        assertEquals("/usr/bin/python3.13t", usable.engine().command());
        assertEquals("CPython 3.11", ((PythonFinder.Usable) PythonFinder.parse("python3", "3.11.7|cpython|1|/usr/bin/python3", 0))
                .engine().label());
        assertEquals("PyPy 3.10", ((PythonFinder.Usable) PythonFinder.parse("pypy3", "3.10.14|pypy|1|/usr/bin/pypy3", 0))
                .engine().label());
        assertTrue(PythonFinder.parse("ls", "ls: invalid option -- 'E'", 2) instanceof PythonFinder.Unusable u
                && u.problem().contains("did not run as a Python (exit code 2: ls: invalid option"));
    }

    @Test
    void optionsThatDoNotFitAreOneLineEach() {
        TestShell shell = new TestShell(data, 300);
        for (String[] c : new String[][] {
                {"run copy --runtime jvm,python", "'copy' has no CPython version; CPython rows: primes, squares, fetch, sleep, race"},
                {"run primes --runtime python --gil", "--gil simulates the GIL in JVM rows"},
                {"run primes --runtime python --modes virtual", "CPython rows of 'primes' run in sequential, threads, processes"},
                {"run primes --python python3", "--python chooses the interpreter for CPython rows; add --runtime jvm,python"},
                {"sweep primes --mode forkjoin --runtime python", "virtual"}}) {
            shell.run(c[0]);
            assertTrue(shell.lastError().contains(c[1].equals("virtual") ? "forkjoin is a JVM mode" : c[1]), c[0] + " → " + shell.lastError());
        }
    }
}
