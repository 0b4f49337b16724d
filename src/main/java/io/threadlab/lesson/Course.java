package io.threadlab.lesson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * Where a course comes from: its lessons, and its exercises, which always live in the
 * {@code exercises} folder beside the lesson files (in the jar, or in a {@code --lessons DIR}).
 * Both load on first use.
 *
 * @param key names this exact course (the jar's path, size and time), so that what was learnt
 *            about its chapters can be kept between starts; null where the files may change at
 *            any moment (a folder someone is editing)
 */
public record Course(Supplier<LessonLibrary> lessons, Supplier<Path> exercisesDir, String key) {
    static final String EXERCISES = "exercises";

    public Course(Supplier<LessonLibrary> lessons, Supplier<Path> exercisesDir) {
        this(lessons, exercisesDir, null);
    }

    /** The course shipped inside the jar. */
    public static Course bundled() {
        return new Course(LessonLibrary::bundled, () -> BundledFiles.lessons().resolve(EXERCISES), jarKey());
    }

    /** A course in a folder of lesson files, with its exercises in DIR/exercises. */
    public static Course at(Path dir) {
        return new Course(() -> LessonLibrary.load(dir), () -> dir.resolve(EXERCISES));
    }

    /** A new jar (a rebuild, an upgrade) is another course, even at the same path. */
    private static String jarKey() {
        Path code = BundledFiles.codeSource();
        try {
            if (Files.isRegularFile(code)) {
                return code + ":" + Files.size(code) + ":" + Files.getLastModifiedTime(code).toMillis();
            }
        } catch (IOException e) {
            // No key, no cache: the prompt reads the lessons, as it would anyway.
        }
        return null;
    }
}
