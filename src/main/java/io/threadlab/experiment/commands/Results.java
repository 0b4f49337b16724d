package io.threadlab.experiment.commands;

import io.threadlab.experiment.harness.RunReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** This session's runs, newest last. */
public final class Results {
    private final List<RunReport> runs = new ArrayList<>();

    public int nextNumber() {
        return runs.size() + 1;
    }

    public void add(RunReport report) {
        runs.add(report);
    }

    public List<RunReport> all() {
        return List.copyOf(runs);
    }

    public Optional<RunReport> last() {
        return runs.isEmpty() ? Optional.empty() : Optional.of(runs.getLast());
    }
}
