package io.threadlab.experiment.catalog;

import io.threadlab.experiment.Mode;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What the machine can give a run beyond threads: file descriptors, heap and disk. Experiments
 * compare what a row needs against these before it starts, so that a run too big for the
 * machine is one line up front rather than a misleading failure (or a thrashing heap) later.
 */
final class Budget {
    private Budget() {}

    /** Tasks that run at the same moment in a mode: one, one per worker, or all of them. */
    static long inFlight(Mode mode, int workers, long tasks) {
        return switch (mode) {
            case SEQUENTIAL -> 1;
            case THREADS, FORKJOIN, PROCESSES -> Math.min(workers, tasks);
            default -> tasks;
        };
    }

    /** How many more file descriptors this process may open (ulimit -n less those open), or -1 if the platform does not say. */
    static long freeFileDescriptors() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.UnixOperatingSystemMXBean unix) {
            return unix.getMaxFileDescriptorCount() - unix.getOpenFileDescriptorCount();
        }
        return -1;
    }

    static long maxHeapBytes() {
        return Runtime.getRuntime().maxMemory();
    }

    /** Free space for a folder, or for the nearest existing parent; -1 if unknown. */
    static long usableBytes(Path dir) {
        Path p = dir.toAbsolutePath();
        while (p != null && !Files.exists(p)) {
            p = p.getParent();
        }
        try {
            return p == null ? -1 : Files.getFileStore(p).getUsableSpace();
        } catch (IOException e) {
            return -1;
        }
    }

    static String size(long bytes) {
        return bytes >= 1L << 30 ? String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30))
                : String.format(Locale.ROOT, "%,d MB", bytes >> 20);
    }
}
