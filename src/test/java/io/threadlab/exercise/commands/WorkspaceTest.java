package io.threadlab.exercise.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threadlab.TestShell;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The learner's files are never overwritten without a confirmation and a backup. */
class WorkspaceTest {
    @TempDir
    Path data;

    @Test
    void startingAgainKeepsWorkAndResetAsksAndBacksUp() throws Exception {
        TestShell shell = new TestShell(data);
        shell.run("exercise is-prime");
        Path file = data.resolve("workspace/is-prime/Primes.java");
        Files.writeString(file, "// my own work\n");

        assertTrue(shell.run("exercise is-prime").contains("kept as you left them"));
        assertEquals("// my own work\n", Files.readString(file), "starting again never overwrites");

        shell.answers.add("no");
        assertTrue(shell.run("reset is-prime").contains("kept your files"));
        assertEquals("// my own work\n", Files.readString(file), "no confirmation, no change");

        shell.answers.add("y");
        String out = shell.run("reset is-prime");
        assertTrue(out.replaceAll("\n +", " ").contains("restored the starter; your previous files are in "), out);
        assertTrue(Files.readString(file).contains("TODO: return whether n is prime"));
        try (Stream<Path> backups = Files.list(data.resolve("workspace"))) {
            List<Path> found = backups.filter(p -> p.getFileName().toString().startsWith("is-prime.backup-")).toList();
            assertEquals(1, found.size());
            assertEquals("// my own work\n", Files.readString(found.getFirst().resolve("Primes.java")));
        }
        shell.run("reset lost-updates");
        assertEquals("exercise 'lost-updates' has no workspace yet; 'exercise lost-updates' starts it", shell.lastError());
    }

    /**
     * B8: a starter that cannot be copied (a full disk; here, a folder in the way of the copy)
     * leaves no empty file behind to be "kept as you left it", and says why in one line.
     */
    @Test
    void aFailedStarterCopyLeavesNothingHalfDone() throws Exception {
        TestShell shell = new TestShell(data);
        Path dir = Files.createDirectories(data.resolve("workspace/is-prime"));
        Files.createDirectories(dir.resolve(".Primes.java.threadlab-tmp/in-the-way"));
        shell.run("exercise is-prime");
        assertTrue(shell.lastError().startsWith("exercise is-prime: cannot copy the starter files to " + dir + " ("),
                shell.lastError());
        assertEquals(1, shell.errors.size(), shell.errors.toString());
        assertTrue(Files.notExists(dir.resolve("Primes.java")), "no empty starter");
        assertEquals("the disk is full", io.threadlab.command.IoReason.of(
                new java.nio.file.FileSystemException(dir.toString(), null, "No space left on device")));
        Files.delete(dir.resolve(".Primes.java.threadlab-tmp/in-the-way"));
        Files.delete(dir.resolve(".Primes.java.threadlab-tmp"));
        assertTrue(shell.run("exercise is-prime").contains("Primes.java"), "once there is room, the starter comes");
        assertTrue(Files.readString(dir.resolve("Primes.java")).contains("TODO"));
    }
}
