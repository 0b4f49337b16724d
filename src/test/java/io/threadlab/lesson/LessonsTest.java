package io.threadlab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threadlab.TestShell;
import io.threadlab.output.Style;
import io.threadlab.output.TextWidth;
import io.threadlab.render.MarkdownRenderer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LessonsTest {
    @TempDir
    Path dir;

    private static final String GOOD = """
            ---
            id: demo
            title: Demo
            order: 1
            summary: a demo
            ---
            # Demo

            Intro text.

            ## First page

            ```threadlab
            run primes --limit 1000
            ```

            ## Second page

            ```java
            ## not a heading inside a fence
            ```

            ```threadlab
            sysinfo
            ```
            """;

    @Test
    void splitsPagesAtLevelTwoHeadingsOutsideFences() throws Exception {
        Lesson lesson = LessonParser.parse("demo.md", GOOD);
        assertEquals("demo", lesson.id());
        assertEquals(2, lesson.pages().size());
        assertEquals("First page", lesson.pages().get(0).title());
        assertTrue(lesson.pages().get(0).markdown().contains("Intro text."), "the intro belongs to page 1");
        assertEquals(List.of("run primes --limit 1000"), lesson.pages().get(0).commands().stream().map(Block::command).toList());
        assertEquals("sysinfo", lesson.pages().get(1).commands().getFirst().command());
        assertEquals(13, lesson.pages().get(0).blocks().getFirst().line());
    }

    @Test
    void reportsFrontMatterProblemsWithFileAndLine() {
        assertEquals("x.md:1: missing front matter: the file must start with a '---' line",
                assertThrows(LessonFormatException.class, () -> LessonParser.parse("x.md", "# hi\n")).getMessage());
        assertEquals("x.md:3: unknown front matter key 'colour'; allowed: id, title, order, summary",
                assertThrows(LessonFormatException.class, () -> LessonParser.parse("x.md", "---\nid: a\ncolour: red\n---\n")).getMessage());
        assertEquals("x.md:4: front matter needs 'order'",
                assertThrows(LessonFormatException.class, () -> LessonParser.parse("x.md", "---\nid: a\ntitle: A\n---\n")).getMessage());
        assertTrue(assertThrows(LessonFormatException.class,
                () -> LessonParser.parse("x.md", "---\nid: a\ntitle: A\norder: 1\nsummary: s\n---\n## P\n```java\nopen\n"))
                .getMessage().startsWith("x.md:8: code fence is never closed"));
    }

    @Test
    void validatorChecksCommandsAgainstTheRealDefinitionsAndLinks() throws Exception {
        Files.writeString(dir.resolve("a.md"), GOOD);
        Files.writeString(dir.resolve("b.md"), """
                ---
                id: broken
                title: Broken
                order: 1
                summary: s
                ---
                ## Page

                See [demo](lesson:demo/7) and [nowhere](lesson:nope) and [file](other.md).

                ```threadlab
                run primes --bogus
                ```

                ```threadlab
                run primes --limit 5
                ```

                ```threadlab
                frobnicate
                ```
                """);
        TestShell shell = new TestShell(dir.resolve("data"), 100, dir);
        List<String> problems = shell.app.validate(LessonLibrary.load(dir));
        String all = String.join("\n", problems);
        assertTrue(all.contains("a.md:4: order 1 is also used by") || all.contains("b.md:4: order 1 is also used by"), "on the order line itself: " + all);
        assertTrue(all.contains("b.md:9: link to page 7 of 'demo', which has 2 pages"), all);
        assertTrue(all.contains("b.md:9: link to unknown lesson 'nope'"), all);
        assertTrue(all.contains("b.md:9: link 'other.md' is neither http(s) nor lesson:ID[/PAGE]"), all);
        assertTrue(all.contains("b.md:11: command 'run primes --bogus' does not parse: run: unknown option '--bogus'"), all);
        assertTrue(all.contains("b.md:15: command 'run primes --limit 5' does not parse: --limit: 5 is out of range"), all);
        assertTrue(all.contains("b.md:19: command 'frobnicate' does not parse: unknown command 'frobnicate'"), all);
        assertEquals(7, problems.size(), all);
    }

    @Test
    void theBundledLessonsAreValidAndInTheRequiredOrder() {
        TestShell shell = new TestShell(dir);
        LessonLibrary library = LessonLibrary.load(Path.of("lessons"));
        assertEquals(List.of(), shell.app.validate(library));
        assertEquals(List.of("sequential", "threads", "thread-local", "processes", "queues"), library.ids().subList(0, 5));
        library.all().forEach(l -> assertTrue(l.pages().size() >= 2, l.id() + " has several pages"));
    }

    /**
     * The course's shape (issue 16): nine chapters or more, each with three runnable
     * experiments or more, a predict step whose choices carry ranges, and two exercises.
     */
    @Test
    void everyChapterRunsExperimentsAsksForAPredictionAndHasTwoExercises() throws Exception {
        List<Lesson> all = LessonLibrary.load(Path.of("lessons")).all();
        assertTrue(all.size() >= 9, all.size() + " chapters");
        var exercises = io.threadlab.exercise.ExerciseLibrary.load(Path.of("lessons", "exercises"),
                all.stream().map(Lesson::id).toList());
        assertTrue(exercises.all().size() >= 18, exercises.all().size() + " exercises");
        for (Lesson lesson : all) {
            List<Block> blocks = lesson.pages().stream().flatMap(p -> p.blocks().stream()).toList();
            long runs = blocks.stream().filter(b -> b.command().startsWith("run ") || b.command().startsWith("sweep ")).count();
            assertTrue(runs >= 3, lesson.id() + " has " + runs + " runnable experiments");
            long predicts = blocks.stream().filter(b -> b.kind() == Block.Kind.PREDICT)
                    .map(Predict::parse).filter(p -> p.problem().isEmpty() && !p.ranges().isEmpty()).count();
            assertTrue(predicts >= 1, lesson.id() + " has no predict step with ranged choices");
            assertTrue(exercises.ofChapter(lesson.id()).size() >= 2, lesson.id() + " has two exercises or more");
            long opened = blocks.stream().filter(b -> b.command().startsWith("exercise ")).count();
            assertEquals(exercises.ofChapter(lesson.id()).size(), opened, lesson.id() + ": every exercise is opened from its chapter");
        }
    }

    @Test
    void everyBundledPageFitsAnEightyColumnTerminal() {
        List<String> tooWide = new java.util.ArrayList<>();
        for (Lesson lesson : LessonLibrary.load(Path.of("lessons")).all()) {
            for (Page page : lesson.pages()) {
                for (String line : new MarkdownRenderer(Style.PLAIN, 80).render(page.markdown())) {
                    if (TextWidth.of(line) > 80) {
                        tooWide.add(lesson.id() + " page " + page.number() + ": " + line);
                    }
                }
            }
        }
        assertEquals(List.of(), tooWide, "code the terminal would break mid-word");
    }
}
