package io.threadlab.lesson;

import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * Where a course comes from: its lessons, and its exercises, which always live in the
 * {@code exercises} folder beside the lesson files (in the jar, or in a {@code --lessons DIR}).
 * Both load on first use.
 */
public record Course(Supplier<LessonLibrary> lessons, Supplier<Path> exercisesDir) {
    static final String EXERCISES = "exercises";

    /** The course shipped inside the jar. */
    public static Course bundled() {
        return new Course(LessonLibrary::bundled, () -> BundledFiles.lessons().resolve(EXERCISES));
    }

    /** A course in a folder of lesson files, with its exercises in DIR/exercises. */
    public static Course at(Path dir) {
        return new Course(() -> LessonLibrary.load(dir), () -> dir.resolve(EXERCISES));
    }
}
