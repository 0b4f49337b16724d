package io.threadlab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.threadlab.TestShell;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * B14: a run that needs more file descriptors, heap or disk than the machine has is refused in
 * one line before anything starts (before, it ran out of descriptors and said "timed out",
 * thrashed the GC for a minute, or began filling the disk).
 */
class BudgetTest {
    @TempDir
    Path data;

    private static String flat(String s) {
        return s.replaceAll("\\s+", " ");
    }

    @Test
    void pagesThatWouldNotFitInTheHeapAreRefused() {
        TestShell shell = new TestShell(data);
        long start = System.nanoTime();
        String out = flat(shell.run("run fetch --modes virtual --size 10240 --requests 400"));
        assertTrue(out.matches("fetch in virtual would hold 400 pages in memory at once, about 11\\.7 GB; half the heap is .*"
                + " Use fewer --requests, or --modes threads with a few --workers, or a smaller --size"), out);
        assertEquals(1, shell.errors.size(), "one line: " + shell.errors);
        assertTrue((System.nanoTime() - start) / 1e9 < 2, "refused before anything started");
        assertTrue(!flat(shell.run("run fetch --modes threads --workers 2 --size 1024 --requests 4 --latency 0 --repeat 1 --warmup 0"))
                .contains("in memory"), "a row that fits runs");
    }

    @Test
    void connectionsBeyondTheDescriptorLimitAreRefused() {
        long max = ((com.sun.management.UnixOperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getMaxFileDescriptorCount();
        assumeTrue(max < 190_000, "ulimit -n is " + max + ": 100,000 requests fit");
        TestShell shell = new TestShell(data);
        String out = flat(shell.run("run fetch --modes virtual --requests 100000 --size 1"));
        assertTrue(out.startsWith("fetch in virtual would hold 100,000 connections open at once, about 200,064 file descriptors;"
                + " this process may open "), out);
        assertTrue(out.contains("(see 'ulimit -n')"), out);
    }

    @Test
    void copiesThatWouldNotFitOnTheDiskAreRefused() throws Exception {
        long free = Files.getFileStore(Path.of(System.getProperty("java.io.tmpdir"))).getUsableSpace();
        assumeTrue(free < 200L << 30, "more than 200 GB free");
        TestShell shell = new TestShell(data);
        String out = flat(shell.run("run copy --files 1000 --file-size 256 --modes sequential"));
        assertTrue(out.startsWith("copy in sequential needs about 250.3 GB in " + System.getProperty("java.io.tmpdir")
                + " (1,000 files of 256 MB, plus the copies in flight); only "), out);
        try (var left = Files.newDirectoryStream(Path.of(System.getProperty("java.io.tmpdir")), "threadlab-copy-"
                + ProcessHandle.current().pid() + "-*")) {
            assertTrue(!left.iterator().hasNext(), "nothing was written");
        }
    }
}
