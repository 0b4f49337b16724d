package io.threadlab.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages form layers, read from the compiled classes by jdeps: a package may depend only
 * on packages in lower layers. That rules out every cycle, and keeps the three features
 * (lessons, experiments, exercises) from reaching into each other: they meet in core.
 */
class PackageLayersTest {
    /** Lowest first. A new package must be placed here before it can be used. */
    private static final List<List<String>> LAYERS = List.of(
            List.of("command", "output", "progress", "lesson", "process", "experiment.trace", "exercise.api"),
            List.of("render", "experiment", "exercise"),
            List.of("experiment.workloads", "experiment.python"),
            List.of("experiment.catalog"),
            List.of("experiment.process"),
            List.of("experiment.strategy"),
            List.of("experiment.harness"),
            List.of("experiment.report"),
            List.of("core"),
            List.of("lesson.commands", "experiment.commands", "exercise.commands"),
            List.of("app"),
            List.of("shell"),
            List.of("launcher"),
            List.of(""));

    @Test
    void everyDependencyPointsToALowerLayer() throws IOException {
        Map<String, TreeSet<String>> deps = dependencies();
        assertTrue(deps.size() > 12, "jdeps read the classes: " + deps.keySet());
        List<String> problems = new ArrayList<>();
        deps.forEach((from, targets) -> {
            int fromLayer = layer(from);
            if (fromLayer < 0) {
                problems.add(from + " is in no layer; add it to PackageLayersTest.LAYERS");
            }
            for (String to : targets) {
                if (layer(to) >= fromLayer) {
                    problems.add(name(from) + " -> " + name(to));
                }
            }
        });
        assertEquals(List.of(), problems, "dependencies that point sideways or up");
    }

    @Test
    void noSourceHidesADependencyBehindAFullyQualifiedName() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).strip();
                    if (!line.startsWith("import ") && !line.startsWith("package ") && !line.startsWith("*")
                            && !line.startsWith("//") && line.matches(".*\\bio\\.threadlab\\.[a-z].*")) {
                        found.add(file + ":" + (i + 1) + ": " + line);
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }

    private static String name(String pkg) {
        return pkg.isEmpty() ? "io.threadlab" : pkg;
    }

    private static int layer(String pkg) {
        for (int i = 0; i < LAYERS.size(); i++) {
            if (LAYERS.get(i).contains(pkg)) {
                return i;
            }
        }
        return -1;
    }

    /** Package (relative to io.threadlab) to the io.threadlab packages it uses, from jdeps. */
    static Map<String, TreeSet<String>> dependencies() {
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
        StringWriter out = new StringWriter();
        int status = jdeps.run(new PrintWriter(out), new PrintWriter(new StringWriter()),
                "-verbose:package", "-e", "io\\.threadlab.*", "target/classes");
        assertEquals(0, status, "jdeps ran");
        Map<String, TreeSet<String>> deps = new TreeMap<>();
        for (String line : out.toString().lines().toList()) {
            String[] w = line.strip().split("\\s+");
            if (w.length >= 3 && w[1].equals("->") && w[0].startsWith("io.threadlab") && w[2].startsWith("io.threadlab")) {
                String from = relative(w[0]);
                String to = relative(w[2]);
                deps.computeIfAbsent(from, k -> new TreeSet<>());
                if (!from.equals(to)) {
                    deps.get(from).add(to);
                }
            }
        }
        return deps;
    }

    private static String relative(String pkg) {
        return pkg.equals("io.threadlab") ? "" : pkg.substring("io.threadlab.".length());
    }
}
