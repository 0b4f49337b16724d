package io.threadlab.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threadlab.TestShell;
import io.threadlab.Leaks;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kill -9 on one worker JVM mid-run: a clear message naming it, the others cleaned up, the shell still up. */
class WorkerKillTest {
    @TempDir
    Path data;

    @Test
    void aKilledWorkerFailsTheRunCleanly() throws Exception {
        int trials = 3 * Integer.getInteger("reliability.scale", 1);
        for (int trial = 1; trial <= trials; trial++) {
            TestShell shell = new TestShell(data);
            Leaks.Snapshot before = Leaks.snapshot();
            Thread runner = Thread.ofPlatform().start(() ->
                    shell.run("run primes --modes processes --workers 3 --limit 40000000 --repeat 1 --warmup 0"));
            long end = System.nanoTime() + 20_000_000_000L;
            List<ProcessHandle> workers = List.of();
            while (workers.size() < 3 && System.nanoTime() < end) {
                Thread.sleep(20);
                workers = ProcessHandle.current().children().filter(ProcessHandle::isAlive).toList();
            }
            assertEquals(3, workers.size(), "three worker JVMs started");
            Thread.sleep(300);
            ProcessHandle victim = workers.get(trial % 3);
            victim.destroyForcibly(); // SIGKILL
            runner.join(10_000);
            assertFalse(runner.isAlive(), "the run ended after its worker was killed");
            String error = shell.lastError();
            assertTrue(error.matches("worker process \\d \\(pid " + victim.pid() + "\\) exited with code 137.*"), error);
            assertEquals(List.of(), Leaks.leftSince(before, 2_000), "the other workers were stopped");
            assertTrue(shell.run("sysinfo").contains("cores"), "the shell is still up");
        }
        System.out.printf("reliability: worker kills=%d survived=%d%n", trials, trials);
    }
}
