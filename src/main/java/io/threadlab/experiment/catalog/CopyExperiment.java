package io.threadlab.experiment.catalog;

import io.threadlab.command.Opt;
import io.threadlab.experiment.Mode;
import io.threadlab.experiment.Params;
import io.threadlab.experiment.Workload;
import io.threadlab.experiment.workloads.Copy;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** copy: disk I/O in a temp folder. */
final class CopyExperiment implements Experiment {
    public String name() { return "copy"; }
    public String summary() { return "copy --files files of --file-size MB inside a temp folder, then clean up (disk I/O)"; }
    public String mirrors() { return "copying files with worker threads"; }
    public List<Opt<?>> options() { return List.of(Copy.FILES, Copy.FILE_SIZE); }
    public List<Opt<?>> parameters() { return List.of(Copy.FILES, Copy.FILE_SIZE, Copy.DIR); }
    public List<Mode> modes() { return Cpu.MODES; }
    public List<Mode> defaultModes() { return Cpu.BASIC; }
    public Workload create(Params p) { return new Copy(p); }
    public long taskCount(Params p, int workers) { return p.get(Copy.FILES); }

    /** The source files, plus a copy of each file in flight, must fit on the disk with room to spare. */
    @Override
    public Optional<String> overBudget(RowPlan row) {
        Params p = row.params();
        long files = p.get(Copy.FILES);
        long fileBytes = p.get(Copy.FILE_SIZE) << 20;
        long bytes = (files + Budget.inFlight(row.id().mode(), row.id().workers(), files)) * fileBytes;
        Path where = p.has(Copy.DIR) ? Path.of(p.get(Copy.DIR)) : Path.of(System.getProperty("java.io.tmpdir"));
        long free = Budget.usableBytes(where);
        if (free >= 0 && bytes > free * 9 / 10) {
            return Optional.of(String.format(Locale.ROOT, "copy in %s needs about %s in %s (%,d files of %,d MB, plus the copies"
                    + " in flight); only %s is free. Use fewer --files or a smaller --file-size", row.id().mode().id(),
                    Budget.size(bytes), where, files, fileBytes >> 20, Budget.size(free)));
        }
        return Optional.empty();
    }
}
