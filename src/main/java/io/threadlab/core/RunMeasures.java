package io.threadlab.core;

import io.threadlab.lesson.LessonValidator;
import io.threadlab.lesson.Measure;
import java.util.List;
import java.util.Optional;

/**
 * What the experiments feature tells the lessons feature about runs: one number from the most
 * recent run, for predict steps, and the rows a command would produce, for the validator.
 */
public interface RunMeasures {
    /** @return the number and how to show it, or empty if the last run has no such row */
    Optional<Measured> measure(Measure measure);

    /** The rows (name and workers) that a command line would produce, or empty if it runs no experiment. */
    Optional<List<Row>> rowsOf(String commandLine);

    /** Whether the last run got less CPU than it needed, so that no verdict can stand on it. */
    boolean busy();

    /** Why the last run's figures may not hold (a busy machine, a short run), each in a few words. */
    List<String> doubts();

    record Measured(double value, String shown) {}

    record Row(String name, int workers) implements LessonValidator.Rows {}

    RunMeasures NONE = new RunMeasures() {
        public Optional<Measured> measure(Measure measure) {
            return Optional.empty();
        }

        public Optional<List<Row>> rowsOf(String commandLine) {
            return Optional.empty();
        }

        public List<String> doubts() {
            return List.of();
        }

        public boolean busy() {
            return false;
        }
    };
}
