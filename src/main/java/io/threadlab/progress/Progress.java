package io.threadlab.progress;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the learner has done: where they are, the pages they have seen, exercise states
 * and predictions. Merging two copies keeps everything either one knows, which is what
 * two shells on one data dir need.
 */
public final class Progress {
    private String lesson;
    private int page;
    private final Map<String, SortedSet<Integer>> seen = new TreeMap<>();
    private final Map<String, ExerciseState> exercises = new TreeMap<>();
    /** Exercises whose state this session recorded, so that a merge knows whose verdict is newer. */
    private final java.util.Set<String> exercisesChanged = new java.util.HashSet<>();
    private final Map<String, String> predictions = new TreeMap<>();
    private final Map<String, Integer> hints = new TreeMap<>();
    private String exercise;
    /** Keys this version does not know (a newer threadlab's), kept as they are and written back. */
    private final Map<String, String> unknown = new TreeMap<>();
    /** The folder the learner chose for exercise files; null for the data dir's. */
    private String workspace;
    /** Whether this session chose the folder, so that a merge keeps its choice. */
    private boolean workspaceChanged;

    public Optional<String> lesson() {
        return Optional.ofNullable(lesson);
    }

    public int page() {
        return page;
    }

    public void moveTo(String lessonId, int pageNumber) {
        this.lesson = lessonId;
        this.page = pageNumber;
        seen.computeIfAbsent(lessonId, k -> new TreeSet<>()).add(pageNumber);
    }

    public SortedSet<Integer> seen(String lessonId) {
        return Collections.unmodifiableSortedSet(seen.getOrDefault(lessonId, new TreeSet<>()));
    }

    Map<String, SortedSet<Integer>> allSeen() {
        return seen;
    }

    public Map<String, ExerciseState> exercises() {
        return Collections.unmodifiableMap(exercises);
    }

    public ExerciseState exercise(String id) {
        return exercises.getOrDefault(id, ExerciseState.NOT_STARTED);
    }

    /** Records an exercise's latest state; an earlier pass is kept as "passed before" (see {@link ExerciseState#then}). */
    public void exercise(String id, ExerciseState state) {
        exercises.merge(id, state, ExerciseState::then);
        exercisesChanged.add(id);
    }

    /** A state read from the file: not a verdict of this session. */
    void loadExercise(String id, ExerciseState state) {
        exercises.put(id, state);
    }

    public Map<String, String> predictions() {
        return Collections.unmodifiableMap(predictions);
    }

    public void prediction(String key, String value) {
        predictions.put(key, value);
    }

    /** How many hints of an exercise the learner has seen. */
    public int hints(String exerciseId) {
        return hints.getOrDefault(exerciseId, 0);
    }

    public void hints(String exerciseId, int count) {
        hints.merge(exerciseId, count, Math::max);
    }

    Map<String, Integer> allHints() {
        return hints;
    }

    public Optional<String> workspace() {
        return Optional.ofNullable(workspace);
    }

    public void workspace(String dir) {
        this.workspace = dir;
        workspaceChanged = true;
    }

    /** The folder as read from the file: not a choice made in this session. */
    void loadWorkspace(String dir) {
        this.workspace = dir;
    }

    public Optional<String> currentExercise() {
        return Optional.ofNullable(exercise);
    }

    public void currentExercise(String id) {
        this.exercise = id;
    }

    public boolean isEmpty() {
        return lesson == null && seen.isEmpty() && exercises.isEmpty() && predictions.isEmpty() && exercise == null;
    }

    /** Adds what {@code other} knows and this copy does not; this copy's position wins. */
    public void mergeFrom(Progress other) {
        if (lesson == null && other.lesson != null) {
            lesson = other.lesson;
            page = other.page;
        }
        other.seen.forEach((id, pages) -> seen.computeIfAbsent(id, k -> new TreeSet<>()).addAll(pages));
        // Another shell's verdict is older than one recorded here, and newer than one merely loaded here.
        other.exercises.forEach((id, theirs) -> exercises.put(id,
                exercisesChanged.contains(id) && exercises.containsKey(id) ? theirs.then(exercises.get(id)) : theirs));
        other.predictions.forEach(predictions::putIfAbsent);
        other.hints.forEach(this::hints);
        if (exercise == null) {
            exercise = other.exercise;
        }
        if (!workspaceChanged) {
            workspace = other.workspace;
        }
        other.unknown.forEach(unknown::putIfAbsent);
    }

    Map<String, String> unknown() {
        return unknown;
    }

    void setPosition(String lessonId, int pageNumber) {
        this.lesson = lessonId;
        this.page = pageNumber;
    }

    void addSeen(String lessonId, int pageNumber) {
        seen.computeIfAbsent(lessonId, k -> new TreeSet<>()).add(pageNumber);
    }
}
