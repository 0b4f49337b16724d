package io.threadlab.experiment.workloads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threadlab.experiment.Params;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Ctrl-C while copy writes its source files stops the writing at the next megabyte: 256 MB
 * took over a second once (CancelAnywhereTest, trial 47) when the disk was flushing.
 */
class CopyCancelTest {
    @Test
    void anInterruptStopsWritingTheSourcesAndCloseLeavesNothing() throws Exception {
        Map<String, Object> values = Map.of("files", 8L, "file-size", 256L);
        Params params = Params.of(List.of(Copy.FILES, Copy.FILE_SIZE, Copy.DIR),
                o -> values.getOrDefault(o.name(), o.defaultValue()));
        List<String> before = copyFolders();
        Copy copy = new Copy(params);
        Thread.currentThread().interrupt();
        long start = System.nanoTime();
        try {
            assertThrows(CancellationException.class, copy::open);
        } finally {
            Thread.interrupted();
            copy.close();
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertTrue(ms < 500, "stopped at once, not after 2 GB: " + ms + " ms");
        assertEquals(before, copyFolders(), "the half-written folder is gone");
    }

    private static List<String> copyFolders() throws Exception {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("threadlab-copy-")).sorted().toList();
        }
    }
}
