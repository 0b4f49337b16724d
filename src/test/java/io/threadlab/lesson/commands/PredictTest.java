package io.threadlab.lesson.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threadlab.TestShell;
import io.threadlab.core.RunMeasures;
import io.threadlab.lesson.Measure;
import java.util.Optional;
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
        String out = predict(shell, "alpha", 2, "200");
        assertTrue(out.contains("Predict: How long will ten sleeps of 20 ms take"), out);
        assertTrue(out.contains("▶ run sleep --modes sequential --tasks 10 --duration 20"), out);
        assertTrue(out.matches("(?s).*your guess: 200\nmeasured: +2\\d\\d ms\n(within 10%, well judged|off by \\d+%)\n.*"), out);
        assertTrue(out.contains("Each sleep waits for the one before it."), "the explanation follows:\n" + out);
        String saved = TestShell.onFixture(data).app.session().progress().predictions().get("alpha.2.1");
        assertTrue(saved.startsWith("200 → 2"), saved);
    }

    @Test
    void aChoiceGuessShowsTheExpectationAndTheMeasurement() {
        TestShell shell = TestShell.onFixture(data);
        String out = predict(shell, "beta", 2, "1");
        assertTrue(out.contains("1) about 4×") && out.contains("2) about 1×"), out);
        assertTrue(out.contains("your guess: about 4×"), out);
        assertTrue(out.matches("(?s).*measured: +threads×1 ÷ threads×4 = \\d\\.\\d\\d×.*"), out);
        assertTrue(out.contains("✓ this run shows \"about 4×\" (2.5 to 8), as you guessed"), out);
        assertTrue(shell.app.session().progress().predictions().get("beta.2.1").startsWith("about 4× → threads×1"));
        assertTrue(shell.run("page 2").contains("your earlier guess here: about 4× → threads×1"), "a page shows the earlier guess");
        assertTrue(shell.run("progress").contains("beta.2.1: about 4× →"), "progress lists the guesses");
    }

    @Test
    void theVerdictFollowsTheMeasurementWhenTheAnswerKeyIsWrong() {
        TestShell shell = TestShell.onFixture(data);
        String out = predict(shell, "beta", 3, "3");
        assertTrue(out.contains("your guess: slower"), out);
        assertTrue(!out.substring(out.indexOf("your guess")).contains("✓"), "no tick beside a contradiction:\n" + out);
        assertTrue(out.contains("✗ this run shows \"about 4×\" (2.5 to 8); you guessed \"slower\""), out);
        assertTrue(out.contains("! the page expects \"slower\", and this run does not show it:"), out);
        assertTrue(out.replaceAll("\\s+", " ").contains(
                "A bigger run: run sleep --modes threads --workers 1,4 --tasks 8 --duration 50 --warmup 0 --repeat 7"), out);
    }

    @Test
    void aBusyRunGivesNoVerdictAtAll() {
        TestShell shell = TestShell.onFixture(data);
        RunMeasures real = shell.app.session().service(RunMeasures.class, RunMeasures.NONE);
        shell.app.session().provide(RunMeasures.class, new RunMeasures() {
            public Optional<Measured> measure(Measure m) {
                return real.measure(m);
            }

            public Optional<List<Row>> rowsOf(String line) {
                return real.rowsOf(line);
            }

            public List<String> doubts() {
                return List.of("the machine was busy: a thread per core got 40% of a core just before the run");
            }

            public boolean busy() {
                return true;
            }
        });
        String out = predict(shell, "beta", 2, "1");
        String verdict = out.substring(out.indexOf("your guess"));
        assertTrue(verdict.contains("~ no verdict: the machine was busy: a thread per core got 40% of a core"), out);
        assertTrue(!verdict.contains("✓") && !verdict.contains("✗") && !verdict.contains("this run shows"), out);
    }

    @Test
    void badGuessesAreRefusedWithOneLine() {
        TestShell shell = TestShell.onFixture(data);
        shell.run("lesson beta");
        shell.run("page 2");
        shell.answers.addAll(List.of("7", "", "twice", "about 1"));
        String out = shell.run("predict");
        assertTrue(out.contains("predict: '7' is not one of the choices; answer 1 to 3 or the choice's text"), out);
        assertTrue(out.contains("predict: give a guess: 1 to 3"), out);
        assertTrue(out.contains("predict: 'twice' is not one of the choices"), out);
        assertTrue(out.contains("your guess: about 1×"), "a bad answer asks again, then the step goes on: " + out);
        shell.run("lesson alpha");
        shell.run("page 2");
        shell.answers.add("soon");
        String number = shell.run("predict");
        assertTrue(number.contains("predict: 'soon' is not a number; answer with a number such as 2 or 1.5"), number);
        assertEquals("predict: no guess given", shell.lastError(), "at the end of input the step ends");
        shell.run("page 1");
        shell.run("predict");
        assertEquals("this page has no predict question", shell.lastError());
        assertTrue(!shell.app.session().progress().predictions().containsKey("alpha.2.1"), "nothing saved from refused guesses");
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
        Predict noRange = Predict.parse(new Block(Block.Kind.PREDICT, "Which?\nchoices: a [0, 1] | b\nanswer: a\nmeasure: median threads\n$ sysinfo\nexplain: x\n", 1));
        assertEquals("predict block: choice 'b' needs the range of the measure it stands for, e.g. 'about 2× [1.5, 2.5]'",
                noRange.problem().orElseThrow());
        Predict overlap = Predict.parse(new Block(Block.Kind.PREDICT, "Which?\nchoices: a [0, 1.5] | b [1, 2]\nanswer: a\nmeasure: median threads\n$ sysinfo\nexplain: x\n", 1));
        assertEquals("predict block: the ranges of the choices overlap: 0 to 1.5 and 1 to 2", overlap.problem().orElseThrow());
        Predict backwards = Predict.parse(new Block(Block.Kind.PREDICT, "Which?\nchoices: a [2, 1] | b [3, 4]\nanswer: a\nmeasure: median threads\n$ sysinfo\nexplain: x\n", 1));
        assertEquals("predict block: choice 'a' has a range whose low end is above its high end", backwards.problem().orElseThrow());
        Predict touching = Predict.parse(new Block(Block.Kind.PREDICT, "Which?\nchoices: a [0, 1] | b [1, 2]\nanswer: a\nmeasure: median threads\n$ sysinfo\nexplain: x\n", 1));
        assertTrue(touching.problem().isEmpty(), "ranges may share an end");
        assertEquals("a", touching.supported(1.0).orElseThrow(), "the first listed takes a shared end");
        assertEquals("b", touching.supported(1.5).orElseThrow());
        assertTrue(touching.supported(7).isEmpty());
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

    /** Opens a fixture page and answers its first predict with {@code answer}; returns what it printed. */
    private static String predict(TestShell shell, String lesson, int page, String answer) {
        shell.run("lesson " + lesson);
        shell.run("page " + page);
        shell.answers.add(answer);
        return shell.run("predict");
    }
}
