package io.threadlab.core;

/** What the exercises feature tells the lessons feature: a chapter's exercises in one cell, e.g. "1/2". */
@FunctionalInterface
public interface ChapterExercises {
    String summary(String chapterId);

    ChapterExercises NONE = chapter -> "";
}
