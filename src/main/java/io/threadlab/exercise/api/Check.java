package io.threadlab.exercise.api;

/**
 * An exercise checker. It runs in a child JVM next to the learner's compiled code, throws
 * {@link Failure} (or lets the learner's own exception through) when the code is wrong, and
 * returns a sentence saying how it was checked when the code passes.
 */
public interface Check {
    String run() throws Exception;
}
