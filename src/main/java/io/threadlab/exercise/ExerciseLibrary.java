package io.threadlab.exercise;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/** The exercises in a folder, sorted by chapter order then their own order. */
public final class ExerciseLibrary {
    private final List<Exercise> exercises;
    private final List<String> problems;

    private ExerciseLibrary(List<Exercise> exercises, List<String> problems) {
        this.exercises = exercises;
        this.problems = problems;
    }

    public List<Exercise> all() {
        return exercises;
    }

    public List<String> problems() {
        return problems;
    }

    public List<String> ids() {
        return exercises.stream().map(Exercise::id).toList();
    }

    public Optional<Exercise> byId(String id) {
        return exercises.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public List<Exercise> ofChapter(String chapter) {
        return exercises.stream().filter(e -> e.chapter().equals(chapter)).toList();
    }

    /** Reads every {@code ID/exercise.properties} below {@code dir}; a missing folder means no exercises. */
    public static ExerciseLibrary load(Path dir, List<String> chapterOrder) {
        List<Exercise> out = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return new ExerciseLibrary(List.of(), List.of());
        }
        try (Stream<Path> folders = Files.list(dir)) {
            for (Path folder : folders.sorted().toList()) {
                Path meta = folder.resolve("exercise.properties");
                if (!Files.isRegularFile(meta)) {
                    continue;
                }
                try (Reader r = Files.newBufferedReader(meta, StandardCharsets.UTF_8)) {
                    Properties p = new Properties();
                    p.load(r);
                    out.add(new Exercise(folder.getFileName().toString(), p.getProperty("chapter", ""),
                            Integer.parseInt(p.getProperty("order", "0").strip()), p.getProperty("title", ""),
                            p.getProperty("summary", ""), List.of(p.getProperty("files", "").split("\\s*,\\s*")),
                            p.getProperty("check", ""), Integer.parseInt(p.getProperty("deadline", "10").strip()),
                            p.getProperty("jvm", "").isBlank() ? List.of() : List.of(p.getProperty("jvm").strip().split("\\s+")),
                            folder));
                } catch (IOException | RuntimeException e) {
                    problems.add(meta + ":1: cannot read exercise: " + e.getMessage());
                }
            }
        } catch (IOException e) {
            problems.add(dir + ":1: cannot list exercises: " + e.getMessage());
        }
        out.sort(Comparator.comparingInt((Exercise e) -> {
            int i = chapterOrder.indexOf(e.chapter());
            return i < 0 ? Integer.MAX_VALUE : i;
        }).thenComparingInt(Exercise::order).thenComparing(Exercise::id));
        return new ExerciseLibrary(List.copyOf(out), List.copyOf(problems));
    }

    /** Checks each exercise's files exist: starter, solution, checker, task, hints, two known-wrong. */
    public List<String> validate(List<String> chapters) {
        List<String> found = new ArrayList<>(problems);
        for (Exercise e : exercises) {
            String where = e.dir().resolve("exercise.properties") + ":1: ";
            if (!chapters.contains(e.chapter())) {
                found.add(where + "chapter '" + e.chapter() + "' is not a lesson id");
            }
            for (String file : e.files()) {
                if (!Files.isRegularFile(e.starter().resolve(file))) {
                    found.add(where + "starter/" + file + " is missing");
                }
                // The first file is the one the learner writes; later ones may be given, unchanged.
                if (e.files().indexOf(file) == 0 && !Files.isRegularFile(e.solution().resolve(file))) {
                    found.add(where + "solution/" + file + " is missing");
                }
            }
            if (!Files.isRegularFile(e.checkSources().resolve(e.check() + ".java"))) {
                found.add(where + "check/" + e.check() + ".java is missing");
            }
            for (String doc : List.of("task.md", "hints.md")) {
                if (!Files.isRegularFile(e.dir().resolve(doc))) {
                    found.add(where + doc + " is missing");
                }
            }
            try (Stream<Path> wrong = Files.list(e.wrong())) {
                if (wrong.filter(Files::isDirectory).count() < 2) {
                    found.add(where + "needs at least two known-wrong solutions in wrong/");
                }
            } catch (IOException ex) {
                found.add(where + "wrong/ is missing");
            }
        }
        return found;
    }
}
