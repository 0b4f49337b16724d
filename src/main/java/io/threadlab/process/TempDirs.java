package io.threadlab.process;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Temporary folders owned by this shell: a check's build, a copy experiment's files. Each name
 * carries the owner's pid, {@code threadlab-KIND-PID-RANDOM}, for two reasons. A shutdown hook
 * deletes this process's folders on Ctrl-C, SIGHUP or SIGTERM, when no {@code finally} runs;
 * and since nothing runs on SIGKILL, the next start deletes any folder whose owner is dead.
 */
public final class TempDirs {
    private static final String PREFIX = "threadlab-";
    private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TempDirs::deleteAtExit, "delete-temp-dirs"));
    }

    private TempDirs() {}

    /** A new folder in the system temp dir, deleted by {@link #delete} or at the latest when the JVM ends. */
    public static Path create(String kind) throws IOException {
        Path dir = Files.createTempDirectory(PREFIX + kind + "-" + ProcessHandle.current().pid() + "-");
        LIVE.add(dir);
        return dir;
    }

    /** Deletes a folder made by {@link #create}, and everything in it; quietly, since a leftover is cleaned later. */
    public static void delete(Path dir) {
        deleteQuietly(dir);
        LIVE.remove(dir);
    }

    /**
     * Deletes the folders of shells that are gone (killed with SIGKILL, or by a power cut).
     * Folders of a live shell, and folders without a pid in their name, are left alone.
     *
     * @return how many were deleted
     */
    public static int deleteStale(Path tmp) {
        int deleted = 0;
        try (DirectoryStream<Path> found = Files.newDirectoryStream(tmp, PREFIX + "*-*-*")) {
            for (Path dir : found) {
                long owner = ownerPid(dir.getFileName().toString());
                if (owner > 0 && owner != ProcessHandle.current().pid() && ProcessHandle.of(owner).isEmpty()
                        && Files.isDirectory(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    deleteQuietly(dir);
                    deleted++;
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // Only tidying.
        }
        return deleted;
    }

    public static int deleteStale() {
        return deleteStale(Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** The pid in {@code threadlab-KIND-PID-RANDOM}, or -1. */
    static long ownerPid(String name) {
        String[] parts = name.split("-");
        if (parts.length < 4 || !parts[0].equals("threadlab")) {
            return -1;
        }
        try {
            return Long.parseLong(parts[2]);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * Deletes every live folder; then, for up to a second, deletes again any that came back.
     * The command thread keeps running while the hooks run, and a compiler writing a class
     * file makes the missing folders on its way (seen once: SIGHUP in the middle of a check).
     */
    private static void deleteAtExit() {
        LIVE.forEach(TempDirs::moveAndDelete);
        long end = System.nanoTime() + 1_000_000_000L;
        while (System.nanoTime() < end && LIVE.stream().anyMatch(d -> Files.exists(d, java.nio.file.LinkOption.NOFOLLOW_LINKS))) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                return;
            }
            LIVE.forEach(TempDirs::moveAndDelete);
        }
    }

    /**
     * At exit, threads may still be writing into the folder (a copy run makes its files as the
     * hook runs): moved away first, its old path no longer takes new files, so the deletion
     * can finish.
     */
    private static void moveAndDelete(Path dir) {
        Path away = dir.resolveSibling(PREFIX + "deleting-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
        try {
            java.nio.file.Files.move(dir, away, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            deleteQuietly(away);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(dir);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        // Files.walk does not follow links, so a link inside never leads the deletion outside.
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // Go on with the rest.
                }
            }
        } catch (IOException | java.io.UncheckedIOException ignored) {
            // Whatever is left is tried again at the next start.
        }
    }
}
