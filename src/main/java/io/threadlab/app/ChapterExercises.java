package io.threadlab.app;

/** A one-cell summary of a chapter's exercises for the lesson list, e.g. "✓ ✗ ·". */
@FunctionalInterface
public interface ChapterExercises {
    String summary(String chapterId);
}
