package io.threadlab.exercise;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The learner's copy of an exercise's files in {@code ROOT/ID/}: {@code <data-dir>/workspace}
 * unless the learner chose another folder. Starter files are copied once and never over the
 * learner's work; a reset keeps a backup first.
 */
public final class Workspace {
    private final Path root;

    public Workspace(Path root) {
        this.root = root;
    }

    /** The default place, inside the data dir. */
    public static Path defaultRoot(Path dataDir) {
        return dataDir.resolve("workspace");
    }

    public Path root() {
        return root;
    }

    public Path dir(Exercise e) {
        return root.resolve(e.id());
    }

    public Path file(Exercise e, String name) {
        return dir(e).resolve(name);
    }

    public boolean exists(Exercise e) {
        return Files.isDirectory(dir(e));
    }

    /** Copies each starter file that is not there yet. @return how many were copied */
    public int prepare(Exercise e) throws IOException {
        Files.createDirectories(dir(e));
        int copied = 0;
        for (String name : e.files()) {
            Path target = file(e, name);
            if (Files.notExists(target)) {
                copyAtomically(e.starter().resolve(name), target);
                copied++;
            }
        }
        return copied;
    }

    /** Moves the learner's files to a timestamped backup folder, then copies the starter. @return the backup */
    public Path reset(Exercise e) throws IOException {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS"));
        Path backup = root.resolve(e.id() + ".backup-" + stamp);
        Files.createDirectories(backup);
        for (String name : e.files()) {
            Path current = file(e, name);
            if (Files.exists(current)) {
                Files.copy(current, backup.resolve(name), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        for (String name : e.files()) {
            copyAtomically(e.starter().resolve(name), file(e, name));
        }
        return backup;
    }

    /**
     * Copies to a temporary file beside the target, then renames it over the target: on a full
     * disk the copy fails whole, and no empty or half starter is left to be "kept as you left it".
     */
    private static void copyAtomically(Path from, Path to) throws IOException {
        Path tmp = to.resolveSibling("." + to.getFileName() + ".threadlab-tmp");
        try {
            Files.copy(from, tmp, StandardCopyOption.REPLACE_EXISTING);
            try {
                Files.move(tmp, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(tmp, to, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
