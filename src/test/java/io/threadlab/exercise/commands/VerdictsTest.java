package io.threadlab.exercise.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threadlab.exercise.Verdict;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the learner sees when their code loops, deadlocks, exits, overflows, runs out of memory or does not compile. */
class VerdictsTest {
    @TempDir
    Path dir;

    private ProbeExercise.Checked probe;

    @BeforeEach
    void oneExercise() throws Exception {
        probe = new ProbeExercise.Checked(dir);
    }

    private Verdict verdict(String body) throws Exception {
        return probe.verdict(body);
    }

    @Test
    void aPassSaysHowItWasChecked() throws Exception {
        Verdict v = verdict("static int go() { return 42; }");
        assertEquals(Verdict.Kind.PASS, v.kind());
        assertTrue(v.message().startsWith("Learner.go() returned 42 (the check took "), v.message());
    }

    @Test
    void anEndlessLoopTimesOutWithItsStack() throws Exception {
        Verdict v = verdict("static int go() { long x = 0; while (x >= 0) { x = (x + 1) % 1000; } return 1; }");
        assertEquals(Verdict.Kind.TIMEOUT, v.kind());
        assertTrue(v.message().startsWith("timed out after 3 s; it looks like a deadlock or an endless loop"), v.message());
        assertTrue(v.message().contains("at Learner.go(Learner.java:2)"), v.message());
    }

    @Test
    void aDeadlockIsNamedWithTheLocks() throws Exception {
        Verdict v = verdict("""
                static final Object A = new Object(), B = new Object();
                static int go() throws Exception {
                    Thread t = new Thread(() -> { synchronized (B) { pause(); synchronized (A) { } } });
                    t.start();
                    synchronized (A) { pause(); synchronized (B) { } }
                    t.join();
                    return 1;
                }
                static void pause() { try { Thread.sleep(200); } catch (InterruptedException e) { } }
                """);
        assertEquals(Verdict.Kind.FAIL, v.kind(), "a deadlock is a verdict, not a timeout: " + v.message());
        assertTrue(v.message().matches("(?s)deadlock after 0\\.[0-9] s: each of these threads holds a lock.*"),
                "reported within a second of forming (the pauses are 0.2 s), not at the 3 s deadline: " + v.message());
        assertTrue(v.message().contains("holds Object@") && v.message().contains("waits for Object@")
                && v.message().contains("held by"), v.message());
    }

    @Test
    void aCompileErrorsCaretLandsUnderTheRightCharacterWhenTheLineHasTabs() throws Exception {
        Verdict v = verdict("static int go() {\n\tint x = \t42 +;\n\treturn x;\n}");
        assertEquals(Verdict.Kind.COMPILE_ERROR, v.kind());
        List<String> lines = v.message().lines().toList();
        String code = lines.get(1);
        String caret = lines.get(2);
        assertTrue(!code.contains("\t"), "tabs are expanded as javac counts them: " + v.message());
        assertEquals(';', code.charAt(caret.indexOf('^')), "the caret points at the ';':\n" + v.message());
    }

    @Test
    void systemExitIsCaughtAndLocated() throws Exception {
        Verdict v = verdict("static int go() { System.exit(0); return 1; }");
        assertEquals(Verdict.Kind.FAIL, v.kind());
        assertEquals("your code called System.exit at Learner.java:2, which ends the whole JVM; return or throw instead",
                v.message());
    }

    @Test
    void memoryAndStackExhaustionAreVerdicts() throws Exception {
        Verdict oom = verdict("static java.util.List<long[]> keep = new java.util.ArrayList<>();\n"
                + "static int go() { while (true) { keep.add(new long[1 << 20]); } }");
        assertEquals(Verdict.Kind.FAIL, oom.kind());
        assertTrue(oom.message().startsWith("your code ran out of memory (the check's heap is capped at 256 MB)"), oom.message());
        Verdict deep = verdict("static int go() { return go() + 1; }");
        assertEquals(Verdict.Kind.FAIL, deep.kind());
        assertTrue(deep.message().startsWith("stack overflow: a method calls itself without end (at Learner.java:"), deep.message());
    }

    @Test
    void compileErrorsPointAtTheLearnersLine() throws Exception {
        Verdict v = verdict("static int go() {\n    return 42\n}");
        assertEquals(Verdict.Kind.COMPILE_ERROR, v.kind());
        assertTrue(v.message().startsWith("Learner.java:3: error: ';' expected\n        return 42\n"), v.message());
        Verdict renamed = verdict("static int run() { return 1; }");
        assertTrue(renamed.message().startsWith("the checker could not use your code (CheckProbe.java:3): cannot find symbol"),
                renamed.message());
    }

    @Test
    void whatTheCodePrintsIsShownBesideTheVerdict() throws Exception {
        Verdict v = verdict("static int go() { System.out.println(\"debugging\"); return 7; }");
        assertEquals(Verdict.Kind.PASS, v.kind());
        assertEquals(List.of("debugging"), v.printed());
    }

    @Test
    void aShortLineOfNonAsciiTextIsNotCalledCut() throws Exception {
        // Written as UTF-8 whatever the locale, as the shell reads it.
        Verdict v = verdict("static int go() throws Exception { new java.io.PrintStream(System.out, true, \"UTF-8\")"
                + ".println(\"größe: 7 µs · ✓\"); return 7; }");
        assertEquals(List.of("größe: 7 µs · ✓"), v.printed());
    }
}
