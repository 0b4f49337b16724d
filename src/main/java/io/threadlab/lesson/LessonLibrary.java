package io.threadlab.lesson;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
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
            for (Path file : files.filter(f -> isChapter(f.getFileName().toString())).sorted().toList()) {
                String name = dir.getFileSystem() == FileSystems.getDefault() ? file.toString() : "lessons/" + file.getFileName();
                parseInto(lessons, problems, name, () -> Files.readString(file, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            problems.add(dir + ":1: cannot list lessons: " + e.getMessage());
        }
        return new LessonLibrary(lessons, problems);
    }

    /** The lessons shipped inside the jar (or in target/classes when run from the build). */
    public static LessonLibrary bundled() {
        Path code = BundledFiles.codeSource();
        if (Files.isDirectory(code)) {
            return load(code.resolve("lessons"));
        }
        // A returning learner's prompt needs the chapters at start-up. JarFile shares the zip the
        // class loader already opened; mounting a zip file system costs about 20 ms more.
        List<Lesson> lessons = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try (JarFile jar = new JarFile(code.toFile(), false)) {
            List<JarEntry> chapters = jar.stream()
                    .filter(e -> e.getName().startsWith("lessons/") && e.getName().indexOf('/', 8) < 0 && isChapter(e.getName()))
                    .sorted(Comparator.comparing(JarEntry::getName))
                    .toList();
            for (JarEntry entry : chapters) {
                parseInto(lessons, problems, entry.getName(), () -> {
                    try (InputStream in = jar.getInputStream(entry)) {
                        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    }
                });
            }
        } catch (IOException e) {
            problems.add(code + ":1: cannot read the bundled lessons: " + e.getMessage());
        }
        return new LessonLibrary(lessons, problems);
    }

    private interface Text {
        String read() throws IOException;
    }

    private static boolean isChapter(String fileName) {
        return fileName.endsWith(".md");
    }

    private static void parseInto(List<Lesson> lessons, List<String> problems, String name, Text text) {
        try {
            lessons.add(LessonParser.parse(name, text.read()));
        } catch (LessonFormatException e) {
            problems.add(e.getMessage());
        } catch (IOException e) {
            problems.add(name + ":1: cannot read: " + e.getMessage());
        }
    }
}
