package io.threadlab.exercise;

import java.nio.file.Path;
import java.util.List;

/**
 * An exercise, read from {@code lessons/exercises/ID/exercise.properties} next to its task,
 * hints, starter, solution, known-wrong solutions and checker sources.
 *
 * @param files    the learner's files, by name, the first one opened by {@code edit}
 * @param check    the checker's class name (its source is in {@code check/})
 * @param deadline seconds the checker may run before it is stopped with a thread dump
 * @param jvmFlags extra flags for the check's JVM, e.g. to keep the JIT from hiding a race
 */
public record Exercise(String id, String chapter, int order, String title, String summary, List<String> files,
                       String check, int deadline, List<String> jvmFlags, Path dir) {

    /** Whether the exercise uses a preview API of this release (StructuredTaskScope in Java 25). */
    public boolean preview() {
        return jvmFlags.contains("--enable-preview");
    }

    public Path starter() {
        return dir.resolve("starter");
    }

    public Path solution() {
        return dir.resolve("solution");
    }

    /**
     * The reference version of one file. Files the learner is given and need not change (such
     * as a worker program) are kept once, in starter/, and stand for themselves here.
     */
    public Path solution(String file) {
        Path own = solution().resolve(file);
        return java.nio.file.Files.exists(own) ? own : starter().resolve(file);
    }

    public Path checkSources() {
        return dir.resolve("check");
    }

    public Path wrong() {
        return dir.resolve("wrong");
    }
}
