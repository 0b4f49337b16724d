package io.threadlab.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressStoreTest {
    @TempDir
    Path dir;
    final List<String> warnings = new ArrayList<>();

    private ProgressStore store() {
        return new ProgressStore(dir, warnings::add);
    }

    @Test
    void roundTripsEverythingAndLeavesNoTemporaryFiles() throws Exception {
        Progress p = new Progress();
        p.moveTo("threads", 2);
        p.moveTo("threads", 3);
        p.exercise("lost-updates", ExerciseState.PASSED);
        p.prediction("threads.2", "about 1.7× faster");
        store().save(p);
        Progress back = store().load();
        assertEquals("threads", back.lesson().orElseThrow());
        assertEquals(3, back.page());
        assertEquals(Set.of(2, 3), back.seen("threads"));
        assertEquals(ExerciseState.PASSED, back.exercises().get("lost-updates"));
        assertEquals("about 1.7× faster", back.predictions().get("threads.2"));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("progress.lock", "progress.properties"), files.map(f -> f.getFileName().toString()).sorted().toList());
        }
        assertEquals(List.of(), warnings);
    }

    @Test
    void aCorruptFileIsMovedAsideWithOneWarningAndTheLearnerStartsFresh() throws Exception {
        Files.writeString(dir.resolve("progress.properties"), "\u0000\u0001garbage = = =\n\u00ff\u00fe binary\n");
        Progress p = store().load();
        assertTrue(p.isEmpty());
        assertEquals(1, warnings.size());
        assertTrue(warnings.getFirst().startsWith("warning: progress file was unreadable"), warnings.getFirst());
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.anyMatch(f -> f.getFileName().toString().startsWith("progress.properties.corrupt-")));
        }
        assertTrue(Files.notExists(dir.resolve("progress.properties")));
    }

    /** B5: one bad value, one unknown key or a newer format no longer costs the learner everything. */
    @Test
    void whatCanBeReadIsKeptAndUnknownKeysAreWrittenBack() throws Exception {
        Path file = dir.resolve("progress.properties");
        Files.writeString(file, "format=threadlab-progress-2\ncurrent=threads:0\nseen.threads=1,2\n"
                + "exercise.deadlock=passed\nexercise.time-it=brilliant\nstreak.days=5\n");
        Progress p = store().load();
        assertEquals(Set.of(1, 2), p.seen("threads"));
        assertEquals(ExerciseState.PASSED, p.exercises().get("deadlock"));
        assertTrue(p.lesson().isEmpty(), "the unreadable position is skipped");
        assertEquals(1, warnings.size(), "one line: " + warnings);
        String w = warnings.getFirst();
        assertTrue(w.startsWith("warning: " + file + ": kept what could be read; skipped "), w);
        assertTrue(w.contains("threadlab-progress-2") && w.contains("current: page number 0 below 1")
                && w.contains("exercise.time-it: unknown exercise state 'brilliant'"), w);
        assertTrue(Files.exists(file), "not moved aside");
        store().save(p);
        String written = Files.readString(file);
        assertTrue(written.contains("streak.days=5"), "a newer version's key survives a save:\n" + written);
        assertTrue(written.contains("exercise.deadlock=passed"), written);
    }

    @Test
    void aByteOrderMarkAndABrokenEscapeAreReadToo() throws Exception {
        Files.writeString(dir.resolve("progress.properties"), "\uFEFFformat=threadlab-progress-1\nseen.threads=3\n"
                + "predict.threads.1=\\uZZ\n");
        Progress p = store().load();
        assertEquals(Set.of(3), p.seen("threads"));
        assertEquals(1, warnings.size(), warnings.toString());
    }

    @Test
    void twoShellsMergeInsteadOfOverwritingEachOther() {
        Progress first = store().load();
        Progress second = store().load();
        first.moveTo("threads", 1);
        first.exercise("lost-updates", ExerciseState.PASSED);
        store().save(first);
        second.moveTo("queues", 2);
        second.exercise("lost-updates", ExerciseState.FAILED);
        store().save(second);
        Progress merged = store().load();
        assertEquals("queues", merged.lesson().orElseThrow(), "the last writer's position wins");
        assertEquals(Set.of(1), merged.seen("threads"));
        assertEquals(Set.of(2), merged.seen("queues"));
        assertEquals(ExerciseState.FAILED_SINCE_PASS, merged.exercises().get("lost-updates"),
                "the latest verdict wins, and the earlier pass is kept as 'passed before'");
    }
}
