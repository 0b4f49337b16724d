package io.threadlab.reliability;

import io.threadlab.progress.ExerciseState;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threadlab.progress.Progress;
import io.threadlab.progress.ProgressStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SIGKILL in the middle of progress writes, and two writers at once on one data dir. */
class CrashSafeProgressTest {
    @TempDir
    Path data;

    static Process writer(Path dir, String prefix, int saves) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(java, "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                ProgressWriter.class.getName(), dir.toString(), prefix, Integer.toString(saves))
                .redirectErrorStream(true).start();
    }

    @Test
    void aKilledWriterLeavesTheOldStateOrTheNewOne() throws Exception {
        int trials = 20 * Integer.getInteger("reliability.scale", 1);
        SplittableRandom random = new SplittableRandom(11);
        List<String> warnings = new ArrayList<>();
        int lastCount = 0;
        for (int trial = 1; trial <= trials; trial++) {
            Process p = writer(data, "t" + trial, 0);
            Thread.sleep(random.nextInt(150, 600));
            p.destroyForcibly(); // SIGKILL, wherever it is
            p.waitFor(5, TimeUnit.SECONDS);
            Progress after = new ProgressStore(data, warnings::add).load();
            assertEquals(List.of(), warnings, "trial " + trial + ": the file always reads as progress");
            int count = after.exercises().size();
            assertTrue(count >= lastCount, "trial " + trial + ": saved work was never lost (" + count + " < " + lastCount + ")");
            lastCount = count;
        }
        try (Stream<Path> files = Files.list(data)) {
            List<String> names = files.map(f -> f.getFileName().toString()).sorted().toList();
            assertEquals(List.of("progress.lock", "progress.properties"), names, "no stale temporary files");
        }
        System.out.printf("reliability: progress kills=%d corrupt=0 saves-kept=%d%n", trials, lastCount);
    }

    @Test
    void twoWritersAtOnceLoseNothing() throws Exception {
        Process a = writer(data, "a", 150);
        Process b = writer(data, "b", 150);
        assertTrue(a.waitFor(60, TimeUnit.SECONDS) && b.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, a.exitValue(), new String(a.getInputStream().readAllBytes()));
        assertEquals(0, b.exitValue(), new String(b.getInputStream().readAllBytes()));
        Progress merged = new ProgressStore(data, w -> { throw new AssertionError(w); }).load();
        for (int i = 1; i <= 150; i++) {
            assertEquals(ExerciseState.PASSED, merged.exercises().get("a-" + i), "a-" + i);
            assertEquals(ExerciseState.PASSED, merged.exercises().get("b-" + i), "b-" + i);
        }
    }
}
