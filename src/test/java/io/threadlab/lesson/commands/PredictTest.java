package io.threadlab.lesson.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threadlab.TestShell;
import io.threadlab.lesson.Block;
import io.threadlab.lesson.LessonLibrary;
import io.threadlab.lesson.Predict;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PredictTest {
    @TempDir
    Path data;

    @Test
    void aNumberGuessIsSetBesideTheMeasurementAndSaved() {
        TestShell shell = new TestShell(data);
        shell.run("lesson sequential");
        shell.run("next");
        shell.answers.add("1000");
        String out = shell.run("predict");
        assertTrue(out.contains("Predict: Twenty pages"), out);
        assertTrue(out.contains("▶ run fetch --modes sequential --requests 20 --latency 50"), out);
        assertTrue(out.matches("(?s).*your guess: 1000 +measured: 1\\.\\d\\d s +\\((within 10%, well judged|off by \\d+%)\\).*"), out);
        assertTrue(out.contains("Each request waits its full 50 ms"), "the explanation follows:\n" + out);
        String saved = new TestShell(data).app.session().progress().predictions().get("sequential.2.1");
        assertTrue(saved.startsWith("1000 → 1."), saved);
    }

    @Test
    void aChoiceGuessShowsTheExpectationAndTheMeasurement() {
        TestShell shell = new TestShell(data);
        shell.run("lesson threads");
        shell.run("page 4");
        shell.answers.add("2");
        String out = shell.run("predict");
        assertTrue(out.contains("1) about 2×") && out.contains("2) about 1×"), out);
        assertTrue(out.contains("your guess: about 1×") && out.contains("expected: about 1×  ✓"), out);
        assertTrue(out.matches("(?s).*measured: 0\\.\\d\\d×.*|(?s).*measured: 1\\.\\d\\d×.*"), out);
        assertTrue(shell.app.session().progress().predictions().containsKey("threads.4.1"));
    }

    @Test
    void badGuessesAreRefusedWithOneLine() {
        TestShell shell = new TestShell(data);
        shell.run("lesson threads");
        shell.run("page 4");
        shell.answers.add("7");
        shell.run("predict");
        assertEquals("predict: '7' is not one of the choices; answer 1 to 3 or the choice's text", shell.lastError());
        shell.run("page 2");
        shell.answers.add("twice");
        shell.run("predict");
        assertEquals("predict: 'twice' is not one of the choices; answer 1 to 3 or the choice's text", shell.lastError());
        shell.run("lesson sequential");
        shell.run("page 2");
        shell.answers.add("soon");
        shell.run("predict");
        assertEquals("predict: 'soon' is not a number; answer with a number such as 2 or 1.5", shell.lastError());
        shell.run("page 1");
        shell.run("predict");
        assertEquals("this page has no predict question", shell.lastError());
        assertTrue(shell.app.session().progress().predictions().isEmpty(), "nothing saved from refused guesses");
    }

    @Test
    void everyChapterHasAPredictStepAndTheValidatorChecksThem() {
        LessonLibrary library = LessonLibrary.load(Path.of("lessons"));
        library.all().forEach(l -> assertTrue(l.pages().stream().anyMatch(p -> p.blocks().stream()
                .anyMatch(b -> b.kind() == Block.Kind.PREDICT)), l.id() + " has a predict step"));
        Predict bad = Predict.parse(new Block(Block.Kind.PREDICT, "Which?\nchoices: a | b\nanswer: c\nmeasure: median threads\n$ sysinfo\nexplain: x\n", 1));
        assertEquals("predict block's 'answer:' must be one of its choices", bad.problem().orElseThrow());
        Predict noMeasure = Predict.parse(new Block(Block.Kind.PREDICT, "How long?\n$ sysinfo\nexplain: x\n", 1));
        assertTrue(noMeasure.problem().orElseThrow().startsWith("predict block needs 'measure:"));
    }
}
