package io.threadlab.experiment.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every experiment, by name. Loaded on the first run, completion or help of an experiment
 * command, never at start-up. Worker JVMs use the same table to rebuild a workload.
 */
public final class Experiments {
    private static final Map<String, Experiment> ALL = new LinkedHashMap<>();

    static {
        for (Experiment e : List.of(new PrimesExperiment(), new SquaresExperiment(), new FetchExperiment(),
                new CopyExperiment(), new SleepExperiment(), new SpawnExperiment(), new ShareExperiment(),
                new RaceExperiment(), new VisibilityExperiment(), new DeadlockExperiment(), new AmdahlExperiment(), new TimesliceExperiment())) {
            ALL.put(e.name(), e);
        }
    }

    private Experiments() {}

    public static List<Experiment> all() {
        return List.copyOf(ALL.values());
    }

    public static List<String> names() {
        return List.copyOf(ALL.keySet());
    }

    public static Optional<Experiment> find(String name) {
        return Optional.ofNullable(ALL.get(name));
    }
}
