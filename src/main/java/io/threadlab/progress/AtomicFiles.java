package io.threadlab.progress;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file whole or not at all: the text goes to a temporary file beside it, is forced
 * to the disk, and is renamed over the target. A crash or a full disk leaves the old file (or
 * none), never half of the new one, and no temporary file.
 */
public final class AtomicFiles {
    private static final String TMP = ".tmp";

    private AtomicFiles() {}

    /**
     * The glob that matches {@code file}'s temporary files, for a writer that holds a lock to
     * sweep up after one that was killed mid-write.
     */
    public static String temporaries(Path file) {
        return "." + file.getFileName() + "-*" + TMP;
    }

    public static void write(Path file, String text) throws IOException {
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), "." + file.getFileName() + "-", TMP);
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ch.write(StandardCharsets.UTF_8.encode(text));
                ch.force(true);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
