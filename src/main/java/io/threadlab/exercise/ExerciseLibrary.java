package io.threadlab.exercise;

import io.threadlab.lesson.LessonParser;
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
                    // Titles and summaries reach the terminal: no escape sequences from a pack.
                    p.replaceAll((k, v) -> LessonParser.visible(v.toString()));
                    String escape = escapes(folder, p);
                    if (escape != null) {
                        problems.add(meta + ":" + lineOf(meta, escape.substring(0, escape.indexOf('='))) + ": " + escape.substring(escape.indexOf('=') + 1));
                        continue;
                    }
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

    /** A plain file name: what a pack may name in {@code files} and {@code check}, never a path. */
    private static final java.util.regex.Pattern PLAIN_NAME = java.util.regex.Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*");

    /**
     * Why an exercise would reach outside its own folder, as {@code key=reason}, or null. A pack
     * names the learner's files, and {@code reset} writes them, so a name like
     * {@code ../../x} must never reach the workspace; a symlink among the pack's own files
     * must not lead outside the folder either.
     */
    private static String escapes(Path folder, Properties p) throws IOException {
        for (String name : p.getProperty("files", "").split("\\s*,\\s*")) {
            String n = name.strip();
            if (!PLAIN_NAME.matcher(n).matches() || n.equals("..")) {
                return "files=files: '" + n + "' is not a plain file name (letters, digits, '_', '.', '-'; no folders)";
            }
        }
        String check = p.getProperty("check", "").strip();
        if (!check.isEmpty() && !check.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            return "check=check: '" + check + "' is not a Java class name";
        }
        Path home = folder.toRealPath();
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path f : all.toList()) {
                if (Files.isSymbolicLink(f)) {
                    Path target;
                    try {
                        target = f.toRealPath();
                    } catch (IOException broken) {
                        return "files=" + folder.relativize(f) + " is a broken symbolic link";
                    }
                    if (!target.startsWith(home)) {
                        return "files=" + folder.relativize(f) + " is a symbolic link that leads outside the exercise's folder";
                    }
                }
            }
        }
        return null;
    }

    /** The line of {@code key = ...} in a properties file, for file:line messages; 1 if not found. */
    static int lineOf(Path file, String key) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).strip().matches(java.util.regex.Pattern.quote(key) + "\\s*[=:].*")) {
                    return i + 1;
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // The first line will do.
        }
        return 1;
    }

    /** Checks each exercise's files exist: starter, solution, checker, task, hints, two known-wrong. */
    public List<String> validate(List<String> chapters) {
        List<String> found = new ArrayList<>(problems);
        for (Exercise e : exercises) {
            Path meta = e.dir().resolve("exercise.properties");
            String where = meta + ":1: ";
            if (!chapters.contains(e.chapter())) {
                found.add(meta + ":" + lineOf(meta, "chapter") + ": chapter '" + e.chapter() + "' is not a lesson id");
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
