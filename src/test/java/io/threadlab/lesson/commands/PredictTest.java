package io.threadlab.lesson.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threadlab.TestShell;
import io.threadlab.lesson.Block;
import io.threadlab.lesson.LessonLibrary;
import io.threadlab.lesson.Predict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Predict steps, on the fixture course, so rewriting the real course cannot break them. */
class PredictTest {
    @TempDir
    Path data;

    @Test
    void aNumberGuessIsSetBesideTheMeasurementAndSaved() {
        TestShell shell = TestShell.onFixture(data);
        shell.run("lesson alpha");
        shell.run("page 2");
        shell.answers.add("200");
        String out = shell.run("predict");
        assertTrue(out.contains("Predict: How long will ten sleeps of 20 ms take"), out);
        assertTrue(out.contains("▶ run sleep --modes sequential --tasks 10 --duration 20"), out);
        assertTrue(out.matches("(?s).*your guess: 200 +measured: 2\\d\\d ms +\\((within 10%, well judged|off by \\d+%)\\).*"), out);
        assertTrue(out.contains("Each sleep waits for the one before it."), "the explanation follows:\n" + out);
        String saved = TestShell.onFixture(data).app.session().progress().predictions().get("alpha.2.1");
        assertTrue(saved.startsWith("200 → 2"), saved);
    }

    @Test
    void aChoiceGuessShowsTheExpectationAndTheMeasurement() {
        TestShell shell = TestShell.onFixture(data);
        shell.run("lesson beta");
        shell.run("page 2");
        shell.answers.add("1");
        String out = shell.run("predict");
        assertTrue(out.contains("1) about 4×") && out.contains("2) about 1×"), out);
        assertTrue(out.contains("your guess: about 4×"), out);
        assertTrue(out.matches("(?s).*measured: threads×1 ÷ threads×4 = \\d\\.\\d\\d×.*"), out);
        assertTrue(shell.app.session().progress().predictions().containsKey("beta.2.1"));
    }

    @Test
    void badGuessesAreRefusedWithOneLine() {
        TestShell shell = TestShell.onFixture(data);
        shell.run("lesson beta");
        shell.run("page 2");
        shell.answers.add("7");
        shell.run("predict");
        assertEquals("predict: '7' is not one of the choices; answer 1 to 3 or the choice's text", shell.lastError());
        shell.answers.add("twice");
        shell.run("predict");
        assertEquals("predict: 'twice' is not one of the choices; answer 1 to 3 or the choice's text", shell.lastError());
        shell.run("lesson alpha");
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
    void everyChapterOfTheCourseHasAPredictStep() {
        LessonLibrary library = LessonLibrary.load(Path.of("lessons"));
        library.all().forEach(l -> assertTrue(l.pages().stream().anyMatch(p -> p.blocks().stream()
                .anyMatch(b -> b.kind() == Block.Kind.PREDICT)), l.id() + " has a predict step"));
    }

    @Test
    void theValidatorChecksThePredictGrammarAndTheRowsAMeasureNames() throws Exception {
        Predict bad = Predict.parse(new Block(Block.Kind.PREDICT, "Which?\nchoices: a | b\nanswer: c\nmeasure: median threads\n$ sysinfo\nexplain: x\n", 1));
        assertEquals("predict block's 'answer:' must be one of its choices", bad.problem().orElseThrow());
        Predict noMeasure = Predict.parse(new Block(Block.Kind.PREDICT, "How long?\n$ sysinfo\nexplain: x\n", 1));
        assertTrue(noMeasure.problem().orElseThrow().startsWith("predict block needs 'measure:"));

        Path lessons = Files.createDirectories(data.resolve("lessons"));
        Files.writeString(lessons.resolve("one.md"), """
                ---
                id: one
                title: One
                order: 1
                summary: s
                ---
                ## Page

                ```predict
                How much faster?
                measure: ratio threads×8 / threads×16
                $ run sleep --modes threads --workers 2,4
                explain: x
                ```

                ```predict
                How long?
                measure: median sequential
                $ sysinfo
                explain: x
                ```
                """);
        TestShell shell = new TestShell(data.resolve("d"), 100, lessons);
        List<String> problems = shell.app.validate(LessonLibrary.load(lessons));
        String all = String.join("\n", problems);
        assertTrue(all.contains("one.md:9: measure names row 'threads×8', which 'run sleep --modes threads --workers 2,4' never"
                + " produces; its rows: threads×2, threads×4"), all);
        assertTrue(all.contains("one.md:16: predict command 'sysinfo' runs no experiment"), all);
    }
}
