package io.threadlab.core;

import io.threadlab.lesson.Lesson;
import io.threadlab.lesson.LessonLibrary;
import io.threadlab.progress.AtomicFiles;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.Properties;

/**
 * Each chapter's page count, kept in the data dir for one exact course (see
 * {@link io.threadlab.lesson.Course#key()}): a returning learner's prompt ({@code threads 2/7 >})
 * needs only that number, and reading every lesson for it cost a fifth of the start-up. A
 * missing, stale or unreadable file is no error: the lessons are read, and it is written anew.
 */
final class ChapterIndex {
    static final String FILE = "chapters.cache";
    private static final String KEY = "course";

    private final Path file;
    private final String courseKey;
    private Properties known;

    ChapterIndex(Path dataDir, String courseKey) {
        this.file = dataDir.resolve(FILE);
        this.courseKey = courseKey;
    }

    /** The chapter's page count as last seen in this same course, if it was. */
    OptionalInt pages(String chapter) {
        if (courseKey == null) {
            return OptionalInt.empty();
        }
        if (known == null) {
            known = load();
        }
        if (!courseKey.equals(known.getProperty(KEY))) {
            return OptionalInt.empty();
        }
        try {
            String n = known.getProperty("pages." + chapter);
            return n == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(n));
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    /** Remembers the course's chapters, when the file does not say the same already. */
    void remember(LessonLibrary library) {
        if (courseKey == null) {
            return;
        }
        Properties now = new Properties();
        now.setProperty(KEY, courseKey);
        for (Lesson lesson : library.all()) {
            now.setProperty("pages." + lesson.id(), Integer.toString(lesson.pages().size()));
        }
        try {
            if (!load().equals(now) && Files.isDirectory(file.getParent())) {
                StringWriter text = new StringWriter();
                now.store(text, "threadlab: page counts for the prompt, remade from the lessons; safe to delete");
                AtomicFiles.write(file, text.toString());
            }
            known = now;
        } catch (IOException e) {
            // A cache that cannot be written only makes the next start read the lessons.
        }
    }

    /** What the file says now; empty when it is missing or does not read. */
    private Properties load() {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            p.clear();
        }
        return p;
    }
}
