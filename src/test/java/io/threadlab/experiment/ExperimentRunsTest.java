package io.threadlab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.jr.ob.JSON;
import io.threadlab.TestShell;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real runs through the real command, read back from the JSON a user would get. */
class ExperimentRunsTest {
    @TempDir
    Path data;

    @SuppressWarnings("unchecked")
    static Map<String, Object> json(TestShell shell, String command) throws Exception {
        int errors = shell.errors.size();
        String out = shell.run(command + " --format json --repeat 1 --warmup 0");
        assertEquals(errors, shell.errors.size(), () -> "failed: " + command + "\n" + out);
        return JSON.std.mapFrom(out);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> rows(Map<String, Object> report) {
        return (List<Map<String, Object>>) report.get("rows");
    }

    @Test
    void everyModeSumsThePrimesBelowAMillionCorrectly() throws Exception {
        TestShell shell = new TestShell(data);
        Map<String, Object> report = json(shell,
                "run primes --modes sequential,threads,thread-per-task,virtual,forkjoin,processes --workers 2 --limit 1000000 --chunk 100000");
        assertEquals("primes", report.get("experiment"));
        assertEquals(Runtime.getRuntime().availableProcessors(), ((Map<?, ?>) report.get("machine")).get("cores"));
        assertEquals(6, rows(report).size());
        for (Map<String, Object> row : rows(report)) {
            assertEquals("37550402023", row.get("result"), row.toString());
            Map<?, ?> wall = (Map<?, ?>) row.get("wall_ms");
            assertTrue(((Number) wall.get("min")).doubleValue() > 0);
            assertNotNull(((Map<?, ?>) row.get("cpu_ms")).get("median"));
            assertNotNull(row.get("speedup"));
        }
        assertEquals(1.0, ((Number) rows(report).getFirst().get("speedup")).doubleValue(), 1e-9);
    }

    /** A warm CPU-bound run times its sequential row once more at the end, and the re-check decides the doubt. */
    @Test
    void aCpuBoundRunTimesItsSequentialRowAgainAtTheEnd() throws Exception {
        TestShell shell = new TestShell(data);
        Map<String, Object> report = JSON.std.mapFrom(shell.run("run primes --modes sequential,threads --workers 2 --limit 2000000"
                + " --repeat 2 --warmup 1 --format json"));
        double recheck = ((Number) report.get("baseline_recheck_ms")).doubleValue();
        assertTrue(recheck > 0, "re-timed: " + recheck);
        double median = ((Number) ((Map<?, ?>) rows(report).getFirst().get("wall_ms")).get("median")).doubleValue();
        if (median >= io.threadlab.experiment.harness.RunReport.JUDGED_MS
                && Math.abs(recheck / median - 1) > io.threadlab.experiment.harness.RunReport.DRIFT) {
            assertEquals(true, report.get("busy"), "a re-check that disagrees withholds every conclusion: " + report);
        } else {
            assertFalse(String.valueOf(report.get("doubts")).contains("when timed again"), "a steady re-check casts no doubt");
        }
        Map<String, Object> cold = json(shell, "run primes --modes sequential,threads --workers 2 --limit 2000000");
        assertFalse(cold.containsKey("baseline_recheck_ms"), "without a warm-up the JIT alone would make a second timing faster");
        Map<String, Object> sleep = json(shell, "run sleep --modes sequential,threads --tasks 4 --duration 5");
        assertFalse(sleep.containsKey("baseline_recheck_ms"), "waiting work is not re-timed: a slower core does not change it");
    }

    @Test
    void everyModeAgreesOnSquaresAndMatchesTheClosedForm() throws Exception {
        TestShell shell = new TestShell(data);
        Map<String, Object> report = json(shell,
                "run squares --modes sequential,threads,virtual,forkjoin,processes --workers 3 --count 5 --size 100000");
        BigInteger expected = BigInteger.ZERO;
        for (long n = 100_000; n < 100_005; n++) {
            expected = expected.add(BigInteger.valueOf(n).multiply(BigInteger.valueOf(n - 1)).multiply(BigInteger.valueOf(2 * n - 1)).divide(BigInteger.valueOf(6)));
        }
        for (Map<String, Object> row : rows(report)) {
            assertEquals(expected.toString(), row.get("result"));
        }
    }

    @Test
    void fetchDownloadsAndParsesEveryPageInEveryMode() throws Exception {
        TestShell shell = new TestShell(data);
        Map<String, Object> report = json(shell,
                "run fetch --modes sequential,threads,thread-per-task,virtual,forkjoin,processes,async --workers 3 --requests 12 --latency 5,10 --jitter 2 --size 4");
        assertEquals(7, rows(report).size());
        for (Map<String, Object> row : rows(report)) {
            assertEquals("12", row.get("result"), row.toString());
        }
    }

    @Test
    void theSimulatedGilKeepsResultsCorrectAndSwitches() throws Exception {
        TestShell shell = new TestShell(data);
        Map<String, Object> report = json(shell, "run primes --modes sequential,threads --workers 2 --limit 300000 --gil --switch-interval 1");
        for (Map<String, Object> row : rows(report)) {
            assertEquals(Primes_SUM_300000, row.get("result"));
        }
        Map<String, Object> threads = rows(report).get(1);
        assertEquals(Boolean.TRUE, threads.get("gil"));
        assertTrue(((Number) threads.get("gil_switches")).longValue() > 1, threads.toString());
        assertEquals(Boolean.FALSE, rows(report).get(0).get("gil"), "sequential has nobody to share a GIL with");
    }

    private static final String Primes_SUM_300000 = "3709507114";

    @Test
    void otherExperimentsRunAndCheckThemselves() throws Exception {
        TestShell shell = new TestShell(data);
        for (Map<String, Object> row : rows(json(shell, "run sleep --modes sequential,threads,virtual,async,thread-per-task --tasks 6 --duration 5"))) {
            assertEquals("6", row.get("result"));
        }
        for (Map<String, Object> row : rows(json(shell, "run copy --modes sequential,threads,processes --workers 2 --files 3 --file-size 1"))) {
            assertEquals(Long.toString(3L << 20), row.get("result"));
        }
        List<Map<String, Object>> spawn = rows(json(shell, "run spawn --count 2"));
        assertEquals(List.of("platform thread", "virtual thread", "child JVM process"), spawn.stream().map(r -> r.get("mode")).toList());
        spawn.forEach(r -> assertEquals("2", r.get("result")));
        List<Map<String, Object>> share = rows(json(shell, "run share --items 7"));
        assertEquals(List.of("7", "0", "7"), share.stream().map(r -> r.get("result")).toList(),
                "threads share the parent's map; processes write into copies; the pipe brings results back");
    }

    @Test
    void fetchWithUrlDownloadsTheGivenPages() throws Exception {
        try (var server = new io.threadlab.experiment.workloads.PageServer(new long[] {1}, 0, 2)) {
            TestShell shell = new TestShell(data);
            String base = server.baseUrl();
            Map<String, Object> report = json(shell, "run fetch --modes sequential,threads,async --workers 2 --url " + base + "1 --url "
                    + base + "2 --url " + base + "3");
            for (Map<String, Object> row : rows(report)) {
                assertEquals("3", row.get("result"));
            }
            shell.run("run fetch --url ftp://example.org/x");
            assertEquals("--url: 'ftp://example.org/x' is not an http(s) URL", shell.lastError());
            shell.run("run primes --url " + base + "1");
            assertEquals("--url does not apply to 'primes'; its options: --chunk, --format, --gil, --limit, --modes, --python, --repeat, --runtime, --switch-interval, --warmup, --workers", shell.lastError());
        }
    }

    @Test
    void resultsAndExportKeepEveryRunOfTheSession() throws Exception {
        TestShell shell = new TestShell(data);
        assertTrue(shell.run("results").contains("no runs yet"));
        shell.run("export " + data.resolve("none.csv"));
        assertEquals("export: no runs yet in this session", shell.lastError());
        shell.run("run primes --modes sequential,threads --workers 2 --limit 50000 --repeat 1 --warmup 0");
        shell.run("run sleep --modes virtual --tasks 4 --duration 1 --repeat 1 --warmup 0");
        String list = shell.run("results");
        assertTrue(list.contains("primes") && list.contains("sleep"), list);

        shell.run("export " + data.resolve("runs.json"));
        List<Object> runs = JSON.std.listFrom(java.nio.file.Files.readString(data.resolve("runs.json")));
        assertEquals(2, runs.size());
        shell.run("export " + data.resolve("runs.csv"));
        List<String> csv = java.nio.file.Files.readAllLines(data.resolve("runs.csv"));
        assertEquals(1 + 2 + 1, csv.size(), "a header, two primes rows, one sleep row");
        shell.run("export " + data.resolve("runs.md"));
        String md = java.nio.file.Files.readString(data.resolve("runs.md"));
        assertTrue(md.contains("## Run 1: primes") && md.contains("## Run 2: sleep") && md.contains("| threads | 2 |"), md);
        shell.run("export " + data.resolve("runs.txt"));
        assertTrue(shell.lastError().startsWith("export: cannot tell the format of 'runs.txt'"), shell.lastError());
    }

    @Test
    void timelineShowsEveryWorkerOfTheLastRun() throws Exception {
        TestShell shell = new TestShell(data, 80);
        shell.run("run sleep --modes threads --workers 3 --tasks 6 --duration 20 --repeat 1 --warmup 0");
        String timeline = shell.run("timeline");
        assertTrue(timeline.contains("worker-1 │") && timeline.contains("worker-3 │"), timeline);
        assertTrue(timeline.contains("░"), "sleeping is drawn as waiting on I/O:\n" + timeline);
        assertTrue(timeline.contains("waiting for the GIL or a lock"), timeline);
        shell.run("timeline 7");
        assertEquals("timeline: no row 7 in run 1; allowed: only 1", shell.lastError());
        assertTrue(timeline.contains("a new task starts"), "two tasks per worker, each many cells long:\n" + timeline);
        List<String> rowsOfWorkers = timeline.lines().filter(l -> l.startsWith("worker-")).toList();
        long marks = rowsOfWorkers.stream().mapToLong(l -> l.chars().filter(c -> c == '▏').count()).sum();
        assertEquals(6 - rowsOfWorkers.size(), marks, "every task after a worker's first is marked:\n" + timeline);

        String zoomed = shell.run("timeline --from 10 --to 30");
        assertTrue(zoomed.replaceAll("\\s+", " ").contains("shown from 10.0 ms to 30.0 ms"), zoomed);
        assertTrue(zoomed.contains("one cell = 0.29"), "20 ms over 69 cells:\n" + zoomed);
        shell.run("timeline --from 5000");
        assertTrue(shell.lastError().startsWith("timeline: --from 5000 is past the run's end; allowed: 0 to "), shell.lastError());
        shell.run("timeline --from 20 --to 10");
        assertEquals("timeline: --to 10 must be after --from 20", shell.lastError());
    }

    @Test
    void underTheGilTheUnsafeCounterSaysWhyNothingWasLost() throws Exception {
        TestShell shell = new TestShell(data, 80);
        String out = shell.run("run race --counter unsafe --gil --increments 100000 --repeat 2 --warmup 0");
        String flat = out.replaceAll("\\s+", " ");
        assertTrue(flat.contains("no updates lost in any of 2 repeats: the simulated GIL switches threads only between"
                + " increments, as CPython 3.10 and later do"), out);
        assertTrue(out.lines().allMatch(l -> l.length() <= 80), "fits 80 columns:\n" + out);
    }

    @Test
    void unsafeCounterCanLoseUpdatesAndTheFixedOnesNeverDo() throws Exception {
        TestShell shell = new TestShell(data);
        boolean lost = false;
        for (int attempt = 0; attempt < 10 && !lost; attempt++) {
            Map<String, Object> row = rows(json(shell, "run race --counter unsafe --workers 4 --increments 2000000")).getFirst();
            lost = new BigInteger((String) row.get("result")).compareTo(BigInteger.valueOf(8_000_000)) < 0;
        }
        assertTrue(lost, "4 threads × 2,000,000 unsafe increments never lost an update in 10 tries");
        String out = shell.run("run race --counter synchronized,atomic,adder --modes threads,virtual --workers 2,4 --increments 200000 --repeat 3 --format json");
        for (Map<String, Object> row : rows(JSON.std.mapFrom(out))) {
            long workers = ((Number) row.get("workers")).longValue();
            assertEquals(Long.toString(workers * 200_000), row.get("result"), row.toString());
            assertEquals("no updates lost in any of 3 repeats", row.get("detail"));
        }
    }
}
