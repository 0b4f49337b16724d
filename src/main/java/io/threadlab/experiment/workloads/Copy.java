package io.threadlab.experiment.workloads;

import io.threadlab.command.ValueType;
import io.threadlab.command.Opt;
import io.threadlab.experiment.Params;
import io.threadlab.experiment.Task;
import io.threadlab.experiment.TaskSet;
import io.threadlab.experiment.Workload;
import io.threadlab.process.TempDirs;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Copies files inside a temporary folder: disk I/O, like the articles' file-copying
 * workers. The source files are written once before timing; the folder is deleted after.
 */
public final class Copy implements Workload {
    public static final Opt<Long> FILES = Opt.number("files", "how many files (one task each)", 16, 1, 1_000);
    public static final Opt<Long> FILE_SIZE = Opt.number("file-size", "size of each file in MB", 16, 1, 256);
    /** The folder the parent made, so worker JVMs copy the same files. */
    public static final Opt<String> DIR = new Opt<>("dir", "DIR", "the source folder",
            ValueType.text("a folder", t -> null), null, null, false, true);
    private final int files;
    private final int fileSizeMb;
    private Path dir;
    private final boolean owner;

    public Copy(Params params) {
        this.files = params.get(FILES).intValue();
        this.fileSizeMb = params.get(FILE_SIZE).intValue();
        String given = params.has(DIR) ? params.get(DIR) : null;
        this.dir = given == null ? null : Path.of(given);
        this.owner = given == null;
    }

    @Override
    public Params forWorkers(Params planned) {
        return dir == null ? planned : planned.with(DIR, dir.toString());
    }

    @Override
    public void open() throws IOException {
        if (dir != null) {
            return;
        }
        dir = TempDirs.create("copy");
        byte[] block = new byte[1 << 20];
        new SplittableRandom(42).nextBytes(block);
        for (int i = 0; i < files; i++) {
            try (OutputStream out = Files.newOutputStream(source(i))) {
                for (int mb = 0; mb < fileSizeMb; mb++) {
                    if (Thread.currentThread().isInterrupted()) {
                        // Ctrl-C while the sources are written: hundreds of MB can take seconds when
                        // the disk is flushing, so stop at the next megabyte (the caller's close() tidies).
                        throw new java.util.concurrent.CancellationException("stopped while writing the source files");
                    }
                    out.write(block);
                }
            }
        }
    }

    private Path source(int i) {
        return dir.resolve("source-" + i + ".bin");
    }

    @Override
    public TaskSet tasks(int workers) {
        List<Task> tasks = new ArrayList<>();
        for (int i = 0; i < files; i++) {
            int file = i;
            tasks.add(ctx -> ctx.blocking(() -> {
                Path target = dir.resolve("copy-" + file + ".bin");
                Files.copy(source(file), target, StandardCopyOption.REPLACE_EXISTING);
                long bytes = Files.size(target);
                Files.delete(target);
                return BigInteger.valueOf(bytes);
            }));
        }
        return TaskSet.summing(tasks);
    }

    @Override
    public Optional<String> verify(BigInteger result, int workers) {
        long expected = (long) files * fileSizeMb << 20;
        return result.longValue() == expected ? Optional.empty()
                : Optional.of("copied " + result + " bytes, expected " + expected);
    }

    @Override
    public String describe(BigInteger result) {
        return String.format(Locale.ROOT, "%,d MB copied in %d files", result.longValue() >> 20, files);
    }


    @Override
    public void close() throws IOException {
        if (owner && dir != null) {
            TempDirs.delete(dir);
            dir = null;
        }
    }
}
