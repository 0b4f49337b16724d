package io.threadlab.exercise.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.jr.ob.JSON;
import io.threadlab.TestShell;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exercise files go where the learner says, remembered across starts; check prints JSON for graders. */
class WorkspaceOptionTest {
    @TempDir
    Path dir;

    @Test
    void aChosenFolderIsUsedAndRemembered() {
        Path data = dir.resolve("data");
        Path mine = dir.resolve("my exercises");
        TestShell shell = new TestShell(data);
        assertTrue(shell.run("workspace").contains("exercise files go to " + data.resolve("workspace")));
        String set = shell.run("workspace '" + mine + "'").replaceAll("\n +", " ");
        assertTrue(set.contains("exercise files now go to " + mine + " (remembered)"), set);
        String started = shell.run("exercise is-prime").replaceAll("\n +", " ");
        assertTrue(Files.exists(mine.resolve("is-prime/Primes.java")) || Files.isDirectory(mine.resolve("is-prime")), started);
        assertTrue(started.contains("in the folder " + mine.resolve("is-prime")), started);

        TestShell later = new TestShell(data);
        assertTrue(later.run("workspace").replaceAll("\n +", " ").contains("exercise files go to " + mine), "remembered");
        later.run("workspace " + dir.resolve("data/progress.properties"));
        assertTrue(later.lastError().startsWith("workspace: " + dir.resolve("data/progress.properties") + " is a file, not a folder"),
                later.lastError());
        assertTrue(later.run("workspace default").contains("exercise files now go to " + data.resolve("workspace")));
    }

    @Test
    void checkCanAnswerInJson() throws Exception {
        TestShell shell = new TestShell(dir.resolve("data"));
        shell.run("exercise time-it");
        String out = shell.run("check --format json");
        Map<String, Object> v = JSON.std.mapFrom(out);
        assertEquals("time-it", v.get("exercise"));
        assertEquals(false, v.get("passed"));
        assertTrue(v.get("verdict").equals("fail") || v.get("verdict").equals("compile-error"), out);
        assertTrue(((String) v.get("reason")).length() > 10, out);
        assertTrue(((Number) v.get("seconds")).doubleValue() > 0, out);
        assertTrue(((String) v.get("how")).contains("child JVM"), out);
        assertEquals(1, out.lines().count(), "one line of JSON, never wrapped: " + out);
    }
}
