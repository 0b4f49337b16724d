package io.threadlab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threadlab.TestShell;
import io.threadlab.Leaks;
import io.threadlab.experiment.workloads.PageServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Caps, loopback-only serving, and cancellation that leaves nothing behind. */
class SafetyTest {
    @TempDir
    Path data;

    static void eventually(BooleanSupplier condition, long millis, String what) throws InterruptedException {
        long end = System.nanoTime() + millis * 1_000_000;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out waiting for: " + what);
            }
            Thread.sleep(20);
        }
    }

    @Test
    void capsAreRefusedBeforeAnythingStarts() {
        TestShell shell = new TestShell(data);
        Leaks.Snapshot before = Leaks.snapshot();
        shell.run("run primes --modes threads --workers 5000");
        assertEquals("--workers 5,000 is over the cap for threads: at most 4,096 platform threads", shell.lastError());
        shell.run("run primes --modes processes --workers " + (4 * Runtime.getRuntime().availableProcessors() + 1));
        assertTrue(shell.lastError().contains("is over the cap for processes: at most"), shell.lastError());
        shell.run("run sleep --modes thread-per-task --tasks 5000 --duration 1");
        assertTrue(shell.lastError().startsWith("tasks 5,000 is over the cap for thread-per-task"), shell.lastError());
        shell.run("sweep primes --mode processes");
        assertTrue(shell.lastError().contains("over the cap for processes"), shell.lastError());
        assertEquals(List.of(), Leaks.leftSince(before, 0), "a refused run starts nothing");
    }

    @Test
    void theServerListensOnLoopbackOnly() throws Exception {
        try (PageServer server = new PageServer(new long[] {0}, 0, 1)) {
            InetSocketAddress address = server.address();
            assertTrue(address.getAddress().isLoopbackAddress(), address.toString());
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                for (InetAddress other : Collections.list(nic.getInetAddresses())) {
                    if (!other.isLoopbackAddress()) {
                        try (Socket s = new Socket()) {
                            s.connect(new InetSocketAddress(other, address.getPort()), 500);
                            throw new AssertionError("reachable on " + other);
                        } catch (IOException expected) {
                            // refused: good
                        }
                    }
                }
            }
        }
    }

    @Test
    void cancellingAProcessesRunKillsEveryWorker() throws Exception {
        TestShell shell = new TestShell(data);
        Leaks.Snapshot before = Leaks.snapshot();
        Thread runner = Thread.ofPlatform().start(() -> shell.run("run primes --modes processes --workers 2 --limit 50000000 --repeat 1"));
        eventually(() -> ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).count() == 2, 20_000, "two worker JVMs");
        Thread.sleep(300);
        shell.app.session().cancelRunning();
        runner.interrupt();
        runner.join(2_000);
        assertTrue(!runner.isAlive(), "the command returned within 2 s of Ctrl-C");
        assertTrue(shell.lastError().startsWith("cancelled"), shell.lastError());
        assertEquals(List.of(), Leaks.leftSince(before, 2_000), "nothing left after Ctrl-C");
        String after = shell.run("run primes --modes processes --workers 2 --limit 100000 --repeat 1 --warmup 0");
        assertTrue(after.contains("454,396,537 = sum of the primes below 100,000"), after);
    }

    @Test
    void cancellingASleepRunStopsEveryThread() throws Exception {
        for (String mode : List.of("virtual", "threads", "thread-per-task", "forkjoin", "async")) {
            TestShell shell = new TestShell(data);
            Leaks.Snapshot before = Leaks.snapshot();
            Thread runner = Thread.ofPlatform().start(() ->
                    shell.run("run sleep --modes " + mode + " --workers 50 --tasks 200 --duration 30000 --repeat 1 --warmup 0"));
            Thread.sleep(400);
            shell.app.session().cancelRunning();
            runner.interrupt();
            runner.join(1_500);
            assertTrue(!runner.isAlive(), mode + ": returned within 1.5 s");
            assertTrue(shell.lastError().startsWith("cancelled"), mode + ": " + shell.lastError());
            assertEquals(List.of(), Leaks.leftSince(before, 1_000), mode + ": threads gone");
            assertTrue(shell.run("run sleep --modes " + mode + " --tasks 3 --duration 1 --repeat 1 --warmup 0").contains("3 sleeps"),
                    mode + ": the next run works");
        }
    }

    /**
     * B15: a run with hundreds of thousands of virtual threads, or futures, gives the prompt
     * back within a second of Ctrl-C; its threads end in the background, and the next run
     * waits for them. Before, the prompt waited the seconds they took to end.
     */
    @Test
    void ctrlCOnTheLargestRunsReturnsWithinASecond() throws Exception {
        for (String mode : List.of("virtual", "async")) {
            TestShell shell = new TestShell(data);
            Leaks.Snapshot before = Leaks.snapshot();
            Thread runner = Thread.ofPlatform().start(() ->
                    shell.run("run sleep --modes " + mode + " --tasks 300000 --duration 60000 --repeat 1 --warmup 0"));
            Thread.sleep(2_500);
            long start = System.nanoTime();
            shell.app.session().cancelRunning();
            runner.interrupt();
            runner.join(5_000);
            double seconds = (System.nanoTime() - start) / 1e9;
            assertTrue(!runner.isAlive() && seconds < 1.0, mode + ": the prompt came back after " + seconds + " s");
            assertTrue(shell.lastError().startsWith("cancelled"), mode + ": " + shell.lastError());
            String next = shell.run("run sleep --modes " + mode + " --tasks 3 --duration 1 --repeat 1 --warmup 0");
            assertTrue(next.contains("3 sleeps"), mode + ": the next run works, after the last one's threads ended: " + next);
            assertEquals(List.of(), Leaks.leftSince(before, 30_000), mode + ": every thread ended");
        }
    }

    @Test
    void cancellingAFetchRunStopsTheServerAndClient() throws Exception {
        TestShell shell = new TestShell(data);
        Leaks.Snapshot before = Leaks.snapshot();
        Thread runner = Thread.ofPlatform().start(() ->
                shell.run("run fetch --modes threads --workers 8 --requests 100 --latency 5000 --repeat 1 --warmup 0"));
        Thread.sleep(500);
        shell.app.session().cancelRunning();
        runner.interrupt();
        runner.join(1_500);
        assertTrue(!runner.isAlive());
        assertEquals(List.of(), Leaks.leftSince(before, 2_000), "no worker, client or server threads");
    }

    /** Worker JVMs start slowly; a Ctrl-C while they start must not wait for them. */
    @Test
    void ctrlCWhileWorkerJvmsStartReturnsWithinASecond() throws Exception {
        for (int delay : List.of(100, 300, 600)) {
            TestShell shell = new TestShell(data);
            Leaks.Snapshot before = Leaks.snapshot();
            Thread runner = Thread.ofPlatform().start(() -> shell.run("run fetch --modes processes --workers 4"));
            Thread.sleep(delay);
            long pressed = System.nanoTime();
            shell.app.session().cancelRunning();
            runner.interrupt();
            runner.join(1_000);
            long took = (System.nanoTime() - pressed) / 1_000_000;
            assertTrue(!runner.isAlive(), "Ctrl-C at " + delay + " ms returned within 1 s");
            assertTrue(shell.lastError().startsWith("cancelled"), delay + " ms: " + shell.lastError());
            assertEquals(List.of(), Leaks.leftSince(before, 1_000), delay + " ms: nothing left, returned in " + took + " ms");
        }
    }
}
