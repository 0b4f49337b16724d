package io.threadlab.lesson;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The chapters, sorted by their {@code order}. Loaded from a folder ({@code --lessons DIR})
 * or from the copy bundled in the jar. Files that fail to parse are kept as problems, so
 * one broken lesson never stops the shell.
 */
public final class LessonLibrary {
    private final List<Lesson> lessons;
    private final List<String> problems;

    public LessonLibrary(List<Lesson> lessons, List<String> problems) {
        this.lessons = lessons.stream().sorted(Comparator.comparingInt(Lesson::order).thenComparing(Lesson::id)).toList();
        this.problems = List.copyOf(problems);
    }

    public List<Lesson> all() {
        return lessons;
    }

    public List<String> problems() {
        return problems;
    }

    public List<String> ids() {
        return lessons.stream().map(Lesson::id).toList();
    }

    public Optional<Lesson> byId(String id) {
        return lessons.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    /** A lesson by its 1-based position in the list or by its id. */
    public Optional<Lesson> find(String numberOrId) {
        if (numberOrId.matches("\\d{1,6}")) {
            int n = Integer.parseInt(numberOrId);
            return n >= 1 && n <= lessons.size() ? Optional.of(lessons.get(n - 1)) : Optional.empty();
        }
        return byId(numberOrId);
    }

    public int position(Lesson lesson) {
        return lessons.indexOf(lesson) + 1;
    }

    public static LessonLibrary load(Path dir) {
        List<Lesson> lessons = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".md")).sorted().toList()) {
                String name = dir.getFileSystem() == FileSystems.getDefault() ? file.toString() : "lessons/" + file.getFileName();
                try {
                    lessons.add(LessonParser.parse(name, Files.readString(file, StandardCharsets.UTF_8)));
                } catch (LessonFormatException e) {
                    problems.add(e.getMessage());
                } catch (IOException e) {
                    problems.add(name + ":1: cannot read: " + e.getMessage());
                }
            }
        } catch (IOException e) {
            problems.add(dir + ":1: cannot list lessons: " + e.getMessage());
        }
        return new LessonLibrary(lessons, problems);
    }

    /** The lessons shipped inside the jar (or in target/classes when run from the build). */
    public static LessonLibrary bundled() {
        return load(BundledFiles.lessons());
    }
}
