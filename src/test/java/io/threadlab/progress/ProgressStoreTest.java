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
        Files.writeString(dir.resolve("progress.properties"), "\u0000\u0001garbage = = =\ncurrent=threads:zero\n");
        Progress p = store().load();
        assertTrue(p.isEmpty());
        assertEquals(1, warnings.size());
        assertTrue(warnings.getFirst().startsWith("warning: progress file was unreadable"), warnings.getFirst());
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.anyMatch(f -> f.getFileName().toString().startsWith("progress.properties.corrupt-")));
        }
        assertTrue(Files.notExists(dir.resolve("progress.properties")));
    }

    @Test
    void badValuesCountAsCorrupt() throws Exception {
        Files.writeString(dir.resolve("progress.properties"), "format=threadlab-progress-1\ncurrent=threads:0\n");
        assertTrue(store().load().isEmpty());
        assertEquals(1, warnings.size());
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
