package io.threadlab.experiment;

/**
 * What a row of a run is: its label (a mode, or what the experiment compares), how it runs,
 * with how many workers, whether under the simulated GIL, and in which runtime. Every way a
 * row is named, in tables, charts, errors and predict steps, comes from here.
 */
public record RowId(String label, Mode mode, int workers, boolean gil, Engine engine) {

    /** A row of this JVM. */
    public RowId(String label, Mode mode, int workers, boolean gil) {
        this(label, mode, workers, gil, Engine.JVM);
    }

    /** The same row run by another runtime; only the JVM simulates a GIL. */
    public RowId in(Engine other) {
        return new RowId(label, mode, workers, gil && other.jvm(), other);
    }

    /** The mode column: {@code threads}, {@code threads+gil}, {@code unsafe}, {@code threads · CPython 3.11}. */
    public String name() {
        return plainName() + (engine.jvm() ? "" : " · " + engine.label());
    }

    /** The name without its runtime, for exports that give the runtime a field of its own. */
    public String plainName() {
        return label + (gil ? "+gil" : "");
    }

    /**
     * The name a lesson's predict step uses, the same on every machine: a JVM row's name, or
     * {@code python threads} for a CPython row, whatever its version.
     */
    public String key() {
        return engine.jvm() ? name() : engine.key() + " " + plainName();
    }

    /** Workers as shown to a learner: sequential is one thread whatever the task count. */
    public int shownWorkers() {
        return mode == Mode.SEQUENTIAL ? 1 : workers;
    }

    /** For sentences and charts: {@code threads+gil × 8}, or just the name where workers are fixed. */
    public String title() {
        return name() + (mode.usesWorkerCount() ? " × " + workers : "");
    }

    /** As a predict step names it: {@code threads×8}, {@code python threads×2}. */
    public String selector() {
        return key() + "×" + shownWorkers();
    }
}
