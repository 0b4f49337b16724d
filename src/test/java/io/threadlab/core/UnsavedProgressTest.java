package io.threadlab.core;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threadlab.TestShell;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 'progress' says "saved in" only when the last save worked (issue 13's cosmetic). */
class UnsavedProgressTest {
    @TempDir
    Path data;

    @Test
    void aFailedSaveIsNotCalledSaved() throws Exception {
        TestShell shell = TestShell.onFixture(data);
        Files.createDirectories(data.resolve("progress.properties/in-the-way"));
        shell.run("lesson 1");
        String out = shell.run("progress").replaceAll("\\s+", " ");
        assertFalse(out.contains("saved in"), out);
        assertTrue(out.contains("not saved: the last save to " + data.resolve("progress.properties") + " failed"), out);
    }
}
