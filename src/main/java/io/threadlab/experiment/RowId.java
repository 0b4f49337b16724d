package io.threadlab.experiment;

/**
 * What a row of a run is: its label (a mode, or what the experiment compares), how it runs,
 * with how many workers, and whether under the simulated GIL. Every way a row is named, in
 * tables, charts, errors and predict steps, comes from here.
 */
public record RowId(String label, Mode mode, int workers, boolean gil) {

    /** The mode column: {@code threads}, {@code threads+gil}, {@code unsafe}. */
    public String name() {
        return label + (gil ? "+gil" : "");
    }

    /** Workers as shown to a learner: sequential is one thread whatever the task count. */
    public int shownWorkers() {
        return mode == Mode.SEQUENTIAL ? 1 : workers;
    }

    /** For sentences and charts: {@code threads+gil × 8}, or just the name where workers are fixed. */
    public String title() {
        return name() + (mode.usesWorkerCount() ? " × " + workers : "");
    }

    /** As a predict step names it: {@code threads×8}. */
    public String selector() {
        return name() + "×" + shownWorkers();
    }
}
