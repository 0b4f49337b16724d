package io.threadlab.reliability;

import io.threadlab.progress.ExerciseState;
import io.threadlab.progress.Progress;
import io.threadlab.progress.ProgressStore;
import java.nio.file.Path;

/**
 * A stand-in shell for the crash tests: saves progress in a loop, the way a learner paging
 * through lessons does. Arguments: data dir, exercise prefix, number of saves (0 = for ever).
 */
public final class ProgressWriter {
    private ProgressWriter() {}

    public static void main(String[] args) {
        ProgressStore store = new ProgressStore(Path.of(args[0]), System.err::println);
        String prefix = args[1];
        int saves = Integer.parseInt(args[2]);
        for (int i = 1; saves == 0 || i <= saves; i++) {
            Progress p = store.load();
            p.moveTo("threads", 1 + i % 7);
            p.exercise(prefix + "-" + i, ExerciseState.PASSED);
            store.save(p);
        }
    }
}
