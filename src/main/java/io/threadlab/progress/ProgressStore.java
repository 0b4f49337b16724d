package io.threadlab.progress;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
 * one data dir never lose each other's work. What cannot be read is skipped with a one-line
 * warning, and keys of a newer version are kept; only a file that is not progress at all is
 * moved aside.
 */
public final class ProgressStore {
    static final String FORMAT = "threadlab-progress-1";
    private final Path file;
    private final Path lockFile;
    private final Consumer<String> warn;
    private volatile String lastFailure;

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
            Parsed parsed = read(Files.readString(file, StandardCharsets.UTF_8));
            if (!parsed.skipped().isEmpty()) {
                warn.accept("warning: " + file + ": kept what could be read; skipped " + String.join("; ", parsed.skipped()));
            }
            return parsed.progress();
        } catch (java.nio.charset.CharacterCodingException | IllegalArgumentException e) {
            moveAside(e.getMessage() == null ? "not UTF-8 text" : e.getMessage());
            return new Progress();
        } catch (IOException e) {
            warn.accept("warning: cannot read " + file + " (" + e.getClass().getSimpleName() + "); starting without it, and it is left as it is");
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
            lastFailure = null;
        } catch (IOException e) {
            lastFailure = e instanceof java.nio.file.FileSystemException f && f.getReason() != null ? f.getReason()
                    : String.valueOf(e.getMessage());
            throw new UncheckedIOException("cannot save progress to " + file + ": " + lastFailure, e);
        }
    }

    /** Why the last save failed, if it did: what the learner did since is not on disk. */
    public Optional<String> lastFailure() {
        return Optional.ofNullable(lastFailure);
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
             var stale = Files.newDirectoryStream(file.getParent(), AtomicFiles.temporaries(file))) {
            for (Path tmp : stale) {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException ignored) {
            // Only tidying; a leftover file is harmless.
        }
    }

    /** The file's bytes now (null if there is none), to put back with {@link #restore} if it is rewritten behind the shell's back. */
    public byte[] snapshot() {
        try {
            return Files.exists(file) ? Files.readAllBytes(file) : null;
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Puts back a {@link #snapshot} if the file no longer matches it: a check's code runs as the
     * learner, and could otherwise write itself a pass.
     *
     * @return true if the file had been changed and was restored
     */
    public boolean restore(byte[] snapshot) {
        try {
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = channel.lock()) {
                byte[] now = Files.exists(file) ? Files.readAllBytes(file) : null;
                if (java.util.Arrays.equals(now, snapshot)) {
                    return false;
                }
                if (snapshot == null) {
                    Files.deleteIfExists(file);
                } else {
                    writeAtomically(new String(snapshot, StandardCharsets.UTF_8));
                }
                return true;
            }
        } catch (IOException e) {
            return false;
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
        AtomicFiles.write(file, text);
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

    /** What a progress file held: the progress that could be read, and what could not, to warn about. */
    record Parsed(Progress progress, List<String> skipped) {}

    /** Reads a progress file; only a file that is not a progress file at all is an error. */
    static Progress parse(String text) {
        return read(text).progress();
    }

    /**
     * Reads what it can. An unknown key (a newer threadlab's) is kept to be written back; a
     * value that does not read (a page 0, an unknown state) is skipped and named. Only text
     * that is not a properties file, or holds nothing a progress file would, is unreadable.
     */
    static Parsed read(String text) {
        List<String> skipped = new ArrayList<>();
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        Properties p;
        try {
            p = load(body);
        } catch (IllegalArgumentException e) {
            // A broken \\u escape makes Properties give up on the whole file: read it as plain text instead.
            p = load(body.replaceAll("\\\\u(?![0-9a-fA-F]{4})", "\\\\\\\\u"));
            skipped.add("a malformed \\u escape, read as plain text");
        }
        String format = p.getProperty("format");
        if (format == null && p.stringPropertyNames().stream().noneMatch(ProgressStore::known)) {
            throw new IllegalArgumentException("not a threadlab progress file (no 'format=" + FORMAT + "' line)");
        }
        if (format != null && !FORMAT.equals(format)) {
            skipped.add("written as '" + format + "' (this threadlab writes '" + FORMAT + "')");
        }
        Progress progress = new Progress();
        for (String key : new TreeSet<>(p.stringPropertyNames())) {
            String value = p.getProperty(key);
            try {
                readEntry(progress, key, value);
            } catch (IllegalArgumentException e) {
                skipped.add(key + ": " + e.getMessage());
            }
        }
        return new Parsed(progress, skipped);
    }

    private static Properties load(String text) {
        Properties p = new Properties();
        try (Reader r = new StringReader(text)) {
            p.load(r);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // a StringReader does not fail
        }
        return p;
    }

    private static boolean known(String key) {
        return key.equals("current") || key.equals("current-exercise") || key.equals("workspace")
                || key.startsWith("seen.") || key.startsWith("exercise.") || key.startsWith("predict.") || key.startsWith("hints.");
    }

    private static void readEntry(Progress progress, String key, String value) {
        if (key.equals("format")) {
            return;
        } else if (key.equals("current")) {
            int colon = value.lastIndexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("'" + value + "' is not LESSON:PAGE");
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
            progress.unknown().put(key, value); // a newer version's: kept, not understood
        }
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
        progress.unknown().forEach(p::putIfAbsent);
        try (Writer w = new java.io.StringWriter()) {
            p.store(w, "threadlab progress: written by the shell; a copy that does not parse is moved aside");
            return w.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
