package io.threadlab.progress;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Properties;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Keeps {@link Progress} in {@code progress.properties} in the data dir.
 *
 * <p>Writes are atomic: a temporary file in the same folder, flushed to disk, then moved
 * over the old one, so a crash leaves either the old state or the new one. Writes take an
 * exclusive lock on {@code progress.lock} and merge with what is on disk, so two shells on
 * one data dir never lose each other's work. A file that does not read as progress is moved
 * aside with a one-line warning, and the learner starts fresh.
 */
public final class ProgressStore {
    static final String FORMAT = "threadlab-progress-1";
    private final Path file;
    private final Path lockFile;
    private final Consumer<String> warn;

    public ProgressStore(Path dataDir, Consumer<String> warn) {
        this.file = dataDir.resolve("progress.properties");
        this.lockFile = dataDir.resolve("progress.lock");
        this.warn = warn;
    }

    public Path file() {
        return file;
    }

    public Progress load() {
        removeStaleTemporaryFiles();
        if (!Files.exists(file)) {
            return new Progress();
        }
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | IllegalArgumentException e) {
            moveAside(e.getMessage());
            return new Progress();
        }
    }

    /** Merges {@code progress} with the file under a lock, writes it, and returns the merged state. */
    public void save(Progress progress) {
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = channel.lock()) {
                if (Files.exists(file)) {
                    try {
                        progress.mergeFrom(parse(Files.readString(file, StandardCharsets.UTF_8)));
                    } catch (IllegalArgumentException e) {
                        moveAside(e.getMessage());
                    }
                }
                writeAtomically(format(progress));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save progress to " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * A writer killed between writing its temporary file and moving it leaves the file behind.
     * Under the lock no other writer is mid-write, so any temporary file there is stale.
     */
    private void removeStaleTemporaryFiles() {
        if (!Files.isDirectory(file.getParent())) {
            return;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = channel.lock();
             var stale = Files.newDirectoryStream(file.getParent(), ".progress-*.tmp")) {
            for (Path tmp : stale) {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException ignored) {
            // Only tidying; a leftover file is harmless.
        }
    }

    /** Replaces the file with empty progress (after the learner confirmed a reset). */
    public void clear() {
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = channel.lock()) {
                writeAtomically(format(new Progress()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reset progress in " + file + ": " + e.getMessage(), e);
        }
    }

    private void writeAtomically(String text) throws IOException {
        Path tmp = Files.createTempFile(file.getParent(), ".progress-", ".tmp");
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

    private void moveAside(String why) {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path aside = file.resolveSibling("progress.properties.corrupt-" + stamp);
        try {
            Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            warn.accept("warning: progress file was unreadable (" + why + "); moved it to " + aside + " and started fresh");
        } catch (IOException e) {
            warn.accept("warning: progress file was unreadable (" + why + ") and could not be moved aside: " + e.getMessage());
        }
    }

    static Progress parse(String text) {
        Properties p = new Properties();
        try (Reader r = new StringReader(text)) {
            p.load(r);
        } catch (IOException e) {
            throw new IllegalArgumentException(e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("malformed escape: " + e.getMessage());
        }
        if (!FORMAT.equals(p.getProperty("format"))) {
            throw new IllegalArgumentException("no 'format=" + FORMAT + "' line");
        }
        Progress progress = new Progress();
        for (String key : p.stringPropertyNames()) {
            String value = p.getProperty(key);
            if (key.equals("format")) {
                continue;
            } else if (key.equals("current")) {
                int colon = value.lastIndexOf(':');
                if (colon <= 0) {
                    throw new IllegalArgumentException("bad 'current' value");
                }
                progress.setPosition(value.substring(0, colon), positive(value.substring(colon + 1)));
            } else if (key.startsWith("seen.")) {
                for (String n : value.split(",")) {
                    if (!n.isBlank()) {
                        progress.addSeen(key.substring(5), positive(n.strip()));
                    }
                }
            } else if (key.startsWith("exercise.")) {
                progress.loadExercise(key.substring(9), ExerciseState.byId(value)
                        .orElseThrow(() -> new IllegalArgumentException("unknown exercise state '" + value + "'")));
            } else if (key.startsWith("predict.")) {
                progress.prediction(key.substring(8), value);
            } else if (key.startsWith("hints.")) {
                progress.hints(key.substring(6), positive(value));
            } else if (key.equals("current-exercise")) {
                progress.currentExercise(value);
            } else if (key.equals("workspace")) {
                progress.loadWorkspace(value);
            } else {
                throw new IllegalArgumentException("unknown key '" + key + "'");
            }
        }
        return progress;
    }

    private static int positive(String s) {
        try {
            int n = Integer.parseInt(s.strip());
            if (n < 1) {
                throw new IllegalArgumentException("page number " + n + " below 1");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + s + "' is not a page number");
        }
    }

    static String format(Progress progress) {
        Properties p = new Properties() {
            // Sorted keys keep the file stable and diffable.
            @Override
            public java.util.Set<java.util.Map.Entry<Object, Object>> entrySet() {
                java.util.Set<java.util.Map.Entry<Object, Object>> sorted = new java.util.TreeSet<>(
                        java.util.Comparator.comparing(e -> e.getKey().toString()));
                sorted.addAll(super.entrySet());
                return sorted;
            }
        };
        p.setProperty("format", FORMAT);
        progress.lesson().ifPresent(l -> p.setProperty("current", l + ":" + progress.page()));
        progress.allSeen().forEach((id, pages) -> p.setProperty("seen." + id,
                new TreeSet<>(pages).stream().map(String::valueOf).collect(Collectors.joining(","))));
        progress.exercises().forEach((id, state) -> p.setProperty("exercise." + id, state.id()));
        progress.predictions().forEach((key, value) -> p.setProperty("predict." + key, value));
        progress.allHints().forEach((id, count) -> p.setProperty("hints." + id, Integer.toString(count)));
        progress.currentExercise().ifPresent(id -> p.setProperty("current-exercise", id));
        progress.workspace().ifPresent(dir -> p.setProperty("workspace", dir));
        try (Writer w = new java.io.StringWriter()) {
            p.store(w, "threadlab progress: written by the shell; a copy that does not parse is moved aside");
            return w.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
