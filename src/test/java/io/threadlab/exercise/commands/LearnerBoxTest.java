package io.threadlab.exercise.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.threadlab.exercise.CheckOutput;
import io.threadlab.exercise.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Learner code stays in its box: what it starts dies with the check, what it prints cannot
 * flood the shell or forge a verdict, and it can neither read the reference solutions nor
 * write itself a pass (issue 13: B2, B3, B4, B11, B12, B18 and "learner code in its box"). All
 * but one failed on the code before the box (db437ef); {@code outputThatNeverEndsGivesATimeout}
 * guards what already held.
 */
class LearnerBoxTest {
    @TempDir
    Path dir;

    private ProbeExercise.Checked probe;
    /** A number no other process on the machine has in its command line: sleep 300.TOKEN. */
    private final String token = Long.toString(Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L));

    @BeforeEach
    void oneExercise() throws Exception {
        probe = new ProbeExercise.Checked(dir);
    }

    private Verdict verdict(String body) throws Exception {
        return probe.verdict(body);
    }

    private List<String> sleepers() {
        return ProcessHandle.allProcesses().filter(ProcessHandle::isAlive)
                .filter(p -> p.info().arguments().map(a -> String.join(" ", a).contains("300." + token)).orElse(false))
                .map(p -> p.pid() + " " + p.info().commandLine().orElse("?")).toList();
    }

    @Test
    void aProcessStartedAndLeftRunningDiesWithTheCheck() throws Exception {
        Verdict v = verdict("static { try { new ProcessBuilder(\"sleep\", \"300." + token + "\").start(); }"
                + " catch (Exception e) { throw new RuntimeException(e); } }\n static int go() { return 1; }");
        assertEquals(Verdict.Kind.PASS, v.kind(), v.toString());
        assertEquals(List.of(), sleepers(), "B3: nothing the learner's code started outlives the check");
    }

    @Test
    void aProcessHoldingTheChecksOutputDoesNotHoldTheCheck() throws Exception {
        Verdict v = verdict("static int go() throws Exception { new ProcessBuilder(\"sleep\", \"300." + token
                + "\").inheritIO().start(); return 2; }");
        assertEquals(Verdict.Kind.PASS, v.kind(), "B2: the check ends although a child holds its stdout: " + v);
        assertEquals(List.of(), sleepers());
    }

    @Test
    void anOrphanedGrandchildIsKilledToo() throws Exception {
        // sh exits at once; its background sleep is orphaned, holding stdout.
        Verdict v = verdict("static int go() throws Exception { new ProcessBuilder(\"sh\", \"-c\", \"sleep 300." + token
                + " &\").inheritIO().start().waitFor(); Thread.sleep(300); return 3; }");
        assertEquals(Verdict.Kind.PASS, v.kind(), v.toString());
        assertEquals(List.of(), sleepers(), "descendants included");
    }

    @Test
    void endlessOutputWithoutNewlinesIsCappedAndTheVerdictStillComes() throws Exception {
        Verdict v = verdict("static int go() { String s = \"x\".repeat(1 << 20); for (int i = 0; i < 200; i++) System.out.print(s);"
                + " return 4; }");
        assertEquals(Verdict.Kind.PASS, v.kind(), "B4: 200 MB on one line, then a verdict");
        assertTrue(v.printed().size() <= CheckOutput.SHOWN_LINES + 1, v.printed().size() + " lines");
        assertTrue(v.printed().stream().allMatch(l -> l.length() < CheckOutput.SHOWN_CHARS + 60),
                "each line is cut: " + v.printed().getFirst().length() + " characters");
        assertTrue(v.printed().getFirst().contains("209,715,200 bytes, cut"), v.printed().getFirst().substring(200));
    }

    @Test
    void outputThatNeverEndsGivesATimeout() throws Exception {
        Verdict v = verdict("static int go() { while (true) { System.out.print(\"yyyyyyyyyyyyyyyy\"); } }");
        assertEquals(Verdict.Kind.TIMEOUT, v.kind(), v.toString());
    }

    @Test
    void printingTheMarkerAndHaltingForgesNothing() throws Exception {
        Verdict v = verdict("static int go() { System.out.println(\"\\u0001threadlab:PASS all good\");"
                + " System.out.flush(); Runtime.getRuntime().halt(0); return 1; }");
        assertEquals(Verdict.Kind.FAIL, v.kind(), "the verdict is not forgeable by output: " + v);
        assertTrue(v.message().startsWith("the check's JVM stopped (exit code 0) without a verdict"), v.message());
        assertEquals("\\u0001threadlab:PASS all good", v.printed().getFirst(), "shown, with the control character visible");
    }

    @Test
    void outputThatStartsWithTheMarkerIsOnlyOutput() throws Exception {
        Verdict v = verdict("static int go() { System.out.println(\"\\u0001threadlab:\"); System.out.print(\"\\u0001threadlab:X\");"
                + " System.out.println(\"\\u001b]0;pwned\\u0007\\u001b[2J\"); return 5; }");
        assertEquals(Verdict.Kind.PASS, v.kind(), "B12: " + v);
        assertEquals("Learner.go() returned 5", v.message().replaceAll(" \\(the check took.*", ""));
        assertTrue(v.printed().stream().noneMatch(l -> l.chars().anyMatch(c -> c < 0x20)), "B17: no raw escapes: " + v.printed());
    }

    @Test
    void theReferenceSolutionsAreNotOnTheClassPath() throws Exception {
        Verdict v = verdict("static String go() { return ClassLoader.getSystemResource(\"io/threadlab/app/App.class\") + \" \""
                + " + ClassLoader.getSystemResource(\"lessons/exercises/deadlock/solution/Bank.java\"); }");
        assertEquals(Verdict.Kind.PASS, v.kind(), v.toString());
        assertTrue(v.message().startsWith("Learner.go() returned null null"), v.message());
    }

    /** Whether this kernel has Landlock, asked through python3's ctypes (the test JVM has no native access). */
    private static boolean landlock() throws Exception {
        Process p = new ProcessBuilder("python3", "-c", "import ctypes; print(ctypes.CDLL(None).syscall(444, None, 0, 1))")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes()).strip();
        return p.waitFor() == 0 && out.matches("[1-9][0-9]*");
    }

    private Verdict writeFrom(Path target) throws Exception {
        return verdict("static String go() { try { java.nio.file.Files.writeString(java.nio.file.Path.of(\"" + target
                + "\"), \"format=threadlab-progress-1\\nexercise.probe=passed\\n\"); return \"wrote\"; }"
                + " catch (Exception e) { return \"refused: \" + e.getClass().getSimpleName(); } }");
    }

    @Test
    void theProgressFileCannotBeRewrittenByACheck() throws Exception {
        probe.shell.run("lessons");
        probe.shell.app.session().saveProgress();
        Path progress = probe.shell.app.session().progressStore().file();
        String before = Files.readString(progress);
        Verdict v = writeFrom(progress);
        assertEquals(Verdict.Kind.PASS, v.kind(), v.toString());
        assertEquals(before, Files.readString(progress), "never changed, or put back after the check");
        if (v.message().startsWith("Learner.go() returned wrote")) {
            assertTrue(String.join(" ", probe.shell.errors).replaceAll("\\s+", " ").contains("changed " + progress
                    + " during the check; it was put back"), probe.shell.errors.toString());
        } else {
            assertTrue(v.message().startsWith("Learner.go() returned refused: AccessDeniedException"), v.message());
        }
    }

    /** With Landlock, the check writes only in its own folder: anywhere else is refused, whatever the path. */
    @Test
    void withLandlockNothingOutsideTheChecksFolderIsWritable() throws Exception {
        assumeTrue(landlock(), "this kernel has no Landlock");
        Path outside = dir.resolve("outside.txt");
        Verdict v = writeFrom(outside);
        assertTrue(v.message().startsWith("Learner.go() returned refused: AccessDeniedException"), v.message());
        assertFalse(Files.exists(outside));
        Verdict inside = verdict("static String go() throws Exception { java.nio.file.Files.writeString(java.nio.file.Path.of("
                + "\"scratch.txt\"), \"x\"); return \"ok \" + java.nio.file.Files.readString(java.nio.file.Path.of(\"scratch.txt\")); }");
        assertTrue(inside.message().startsWith("Learner.go() returned ok x"), "its own folder stays writable: " + inside);
    }

    @Test
    void temporaryFilesOfTheCheckAreDeletedWithIt() throws Exception {
        Verdict v = verdict("static String go() throws Exception { return java.io.File.createTempFile(\"lincheck-bootstrap\","
                + " \".jar\").getPath(); }");
        assertEquals(Verdict.Kind.PASS, v.kind(), v.toString());
        Path made = Path.of(v.message().replace("Learner.go() returned ", "").replaceAll(" \\(the check took.*", ""));
        assertFalse(made.getParent().equals(Path.of(System.getProperty("java.io.tmpdir"))), "B18: not in the shared temp dir: " + made);
        assertFalse(Files.exists(made), "B18: deleted with the check's folder: " + made);
    }

    @Test
    void deepNestingIsOneLineNotAJavacCrash() throws Exception {
        Verdict v = verdict("static int go() { return " + "(".repeat(3000) + "1" + ")".repeat(3000) + "; }");
        assertTrue(v.kind() == Verdict.Kind.PASS || v.kind() == Verdict.Kind.COMPILE_ERROR, "B11: " + v.kind());
        if (v.kind() == Verdict.Kind.COMPILE_ERROR) {
            assertEquals(1, v.message().lines().count(), v.message());
        }
        Verdict deeper = verdict("static int go() { return " + "(".repeat(100_000) + "1" + ")".repeat(100_000) + "; }");
        assertEquals(Verdict.Kind.COMPILE_ERROR, deeper.kind(), deeper.toString());
        assertEquals(1, deeper.message().lines().count(), deeper.message().substring(0, Math.min(500, deeper.message().length())));
        assertTrue(deeper.message().startsWith("javac ran out of stack on your code"), deeper.message());
    }

    @Test
    void aMissingOrFolderLearnerFileIsOneLine() throws Exception {
        Path file = dir.resolve("Learner.java");
        Verdict missing = probe.runner.verify(probe.exercise, List.of(file));
        assertEquals(Verdict.Kind.COMPILE_ERROR, missing.kind());
        assertEquals("Learner.java is missing from " + dir + "; put it back (renamed?), or 'reset' the exercise to get the starter back",
                missing.message());
        Files.createDirectories(file);
        Verdict folder = probe.runner.verify(probe.exercise, List.of(file));
        assertTrue(folder.message().startsWith("Learner.java is a folder, not a file"), folder.message());
    }
}
