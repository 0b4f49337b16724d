package io.threadlab.core;

/** How one command line ended, which one-shot and scripted use turn into an exit code. */
public enum Outcome {
    /** It ran, and what it found is not a failure. */
    OK(0),
    /** It ran and found a failure (a check that did not pass), or it was cancelled or broke. */
    FAILED(1),
    /** The line was not a valid command: nothing ran. */
    USAGE(2);

    private final int exitCode;

    Outcome(int exitCode) {
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }

    /** The worse of two outcomes, for a script of several lines. */
    public Outcome and(Outcome other) {
        return other.exitCode > exitCode ? other : this;
    }
}
