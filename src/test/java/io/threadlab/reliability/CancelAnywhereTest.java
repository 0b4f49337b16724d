package io.threadlab.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threadlab.TestShell;
import io.threadlab.Leaks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C at random moments in every experiment mode: the command returns within 1 s, and no
 * thread, child JVM or temp file is left behind, and the next run is correct.
 */
class CancelAnywhereTest {
    static final int TRIALS = 50 * Integer.getInteger("reliability.scale", 1);
    static final List<String> LONG_RUNS = List.of(
            "run primes --modes sequential --limit 30000000",
            "run primes --modes threads --workers 2 --limit 30000000",
            "run primes --modes thread-per-task --limit 30000000",
            "run primes --modes virtual --limit 30000000",
            "run primes --modes forkjoin --workers 2 --limit 30000000",
            "run primes --modes processes --workers 2 --limit 30000000",
            "run primes --modes threads --workers 3 --limit 30000000 --gil",
            "run squares --modes virtual,threads --size 300000000",
            "run sleep --modes sequential --tasks 100 --duration 5000",
            "run sleep --modes threads --workers 8 --tasks 100 --duration 5000",
            "run sleep --modes virtual --tasks 10000 --duration 5000",
            "run sleep --modes async --tasks 1000 --duration 5000",
            "run sleep --modes thread-per-task --tasks 200 --duration 5000 --gil",
            "run fetch --modes sequential,threads --workers 4 --requests 100 --latency 2000",
            "run fetch --modes virtual,async --requests 200 --latency 3000",
            "run fetch --modes processes --workers 2 --requests 50 --latency 3000",
            "run copy --modes threads,sequential --workers 2 --files 8 --file-size 32",
            "run race --modes threads --workers 4 --increments 100000000 --counter synchronized",
            "run spawn --count 200 --kinds process",
            "run primes --modes threads,processes --workers 2 --limit 30000000 --runtime python",
            "run sleep --modes sequential,async --tasks 100 --duration 5000 --runtime jvm,python",
            "sweep primes --mode threads --workers 1,2,4 --limit 30000000");

    @TempDir
    Path data;

    static Set<String> tempFiles() throws Exception {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("threadlab-copy-"))
                    .collect(Collectors.toSet());
        }
    }

    @Test
    void ctrlCAtARandomMomentLeavesNothingBehind() throws Exception {
        SplittableRandom random = new SplittableRandom(Long.getLong("reliability.seed", 7L));
        Set<String> filesBefore = tempFiles();
        int cancelled = 0;
        long slowest = 0;
        for (int trial = 1; trial <= TRIALS; trial++) {
            String command = LONG_RUNS.get(random.nextInt(LONG_RUNS.size())) + " --repeat 1";
            TestShell shell = new TestShell(data);
            Leaks.Snapshot before = Leaks.snapshot();
            Thread runner = Thread.ofPlatform().name("trial-" + trial).start(() -> shell.run(command));
            Thread.sleep(random.nextInt(50, 900));
            long pressed = System.nanoTime();
            shell.app.session().cancelRunning();
            runner.interrupt();
            runner.join(1_000);
            long took = (System.nanoTime() - pressed) / 1_000_000;
            slowest = Math.max(slowest, took);
            assertFalse(runner.isAlive(), "trial " + trial + ": '" + command + "' did not return within 1 s of Ctrl-C");
            if (shell.lastError().startsWith("cancelled")) {
                cancelled++;
            } else {
                assertEquals("", shell.lastError(), "trial " + trial + ": " + command);
            }
            assertEquals(List.of(), Leaks.leftSince(before, 2_000), "trial " + trial + ": left running by " + command);
            assertEquals(filesBefore, tempFiles(), "trial " + trial + ": temp files left by " + command);
            String next = shell.run("run primes --modes threads --workers 2 --limit 100000 --repeat 1 --warmup 0");
            assertTrue(next.contains("454,396,537 = sum of the primes below 100,000 ✓ checked"), "trial " + trial + ": " + next);
        }
        System.out.printf("reliability: cancel trials=%d cancelled=%d leaks=0 slowest-return-ms=%d%n", TRIALS, cancelled, slowest);
        assertTrue(cancelled > TRIALS / 2, "most trials were cancelled mid-run: " + cancelled);
    }
}
