package io.threadlab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threadlab.app.App;
import io.threadlab.lesson.Course;
import io.threadlab.lesson.LessonLibrary;
import io.threadlab.output.StreamOutput;
import io.threadlab.output.Style;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A returning learner's first prompt names the chapter's page count without reading the
 * lessons, from what the last start of the same course kept; another course reads them again.
 */
class ChapterIndexTest {
    @TempDir
    Path data;

    private final AtomicInteger reads = new AtomicInteger();

    private App app(String courseKey) {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream());
        Course fixture = Course.at(io.threadlab.TestShell.FIXTURE);
        Course counted = new Course(() -> {
            reads.incrementAndGet();
            return fixture.lessons().get();
        }, fixture.exercisesDir(), courseKey);
        return new App(new StreamOutput(sink, sink, Style.PLAIN, 80, false), data, counted, q -> Optional.empty());
    }

    @Test
    void theFirstPromptOfTheSameCourseReadsNoLesson() throws Exception {
        App first = app("course-1");
        first.run("lesson 1");
        first.run("next");
        String prompt = first.prompt();
        int pages = LessonLibrary.load(io.threadlab.TestShell.FIXTURE).all().getFirst().pages().size();
        assertTrue(prompt.endsWith(" 2/" + pages + " > "), prompt);
        assertEquals(1, reads.get());

        reads.set(0);
        assertEquals(prompt, app("course-1").prompt(), "the same prompt, from the kept page count");
        assertEquals(0, reads.get(), "no lesson was read for it");

        assertEquals(prompt, app("course-2").prompt(), "another course: the same prompt, from the lessons");
        assertEquals(1, reads.get(), "another course's page counts are never taken from the file");

        Files.writeString(data.resolve(ChapterIndex.FILE), "course=course-2\npages." + prompt.split(" ")[0] + "=oops\n");
        reads.set(0);
        assertEquals(prompt, app("course-2").prompt(), "an unreadable count: read from the lessons instead");
        assertEquals(1, reads.get());
        assertTrue(Files.readString(data.resolve(ChapterIndex.FILE)).contains("=" + pages), "and written anew");

        reads.set(0);
        assertEquals(prompt, app(null).prompt(), "a course without a key (a folder being edited) always reads its lessons");
        assertEquals(1, reads.get());
    }
}
