package io.threadlab.exercise.commands;

import io.threadlab.TestShell;
import io.threadlab.exercise.Exercise;
import io.threadlab.exercise.ExerciseLibrary;
import io.threadlab.exercise.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Not a test: {@code scripts/bench checks} runs it to time every exercise's check, the way a
 * learner meets them in one session (the compiler warm after the first), for the starter,
 * each known-wrong solution and the reference solution. Prints a table and the summary.
 */
class CheckTimesBench {
    static final List<String> CHAPTERS = ExercisesIT.CHAPTERS;

    @Test
    void timeEveryCheck() throws Exception {
        Path data = Files.createTempDirectory("threadlab-bench-");
        ExerciseLibrary library = ExerciseLibrary.load(Path.of("lessons", "exercises"), CHAPTERS);
        ExerciseRunner runner = new ExerciseRunner(new TestShell(data).app.session(), library);
        List<Double> all = new ArrayList<>();
        System.out.printf("bench: %-16s %-26s %7s  %s%n", "exercise", "case", "seconds", "verdict");
        for (Exercise e : library.all()) {
            List<String> names = new ArrayList<>(List.of("starter"));
            List<List<Path>> files = new ArrayList<>(List.of(ExercisesIT.files(e, e.starter())));
            for (Path wrong : ExercisesIT.wrongSolutions(e)) {
                names.add("wrong/" + wrong.getFileName());
                files.add(ExercisesIT.files(e, wrong));
            }
            names.add("solution");
            files.add(e.files().stream().map(e::solution).toList());
            for (int i = 0; i < names.size(); i++) {
                long t0 = System.nanoTime();
                Verdict v = runner.verify(e, files.get(i));
                double s = (System.nanoTime() - t0) / 1e9;
                all.add(s);
                System.out.printf(Locale.ROOT, "bench: %-16s %-26s %7.2f  %s%n", e.id(), names.get(i), s, v.kind());
            }
        }
        List<Double> sorted = all.stream().sorted().toList();
        double median = sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2)
                : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
        System.out.printf(Locale.ROOT, "bench: %d checks: median %.2f s, max %.2f s, over 4 s: %d   targets: median <= 2 s,"
                + " every check <= 4 s%n", sorted.size(), median, sorted.getLast(), sorted.stream().filter(x -> x > 4).count());
    }
}
