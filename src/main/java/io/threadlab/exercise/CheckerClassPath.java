package io.threadlab.exercise;

import io.threadlab.exercise.api.Check;
import io.threadlab.lesson.BundledFiles;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * What checkers compile and run against. They compile against this JVM's class path (the
 * threadlab jar, with the checker API) plus the libraries only checkers use, such as Lincheck,
 * which the build copies to {@code checker-lib/} beside the jar rather than into it. They run
 * against the checker API alone, copied out of the jar, and those libraries: the shell's jar,
 * which holds the reference solutions, stays off the check's class path.
 */
final class CheckerClassPath {
    /** The checker API's package, as a path in the jar. */
    private static final String API = Check.class.getPackageName().replace('.', '/') + "/";

    private CheckerClassPath() {}

    /** For javac: this JVM's class path and the checker libraries. */
    static String get() {
        return String.join(File.pathSeparator, Stream.concat(Stream.of(System.getProperty("java.class.path")),
                libraries().stream().map(Path::toString)).toList());
    }

    /** For the check's JVM: the API's classes, copied into {@code apiDir}, and the checker libraries. */
    static String runtime(Path apiDir) throws IOException {
        copyApi(apiDir);
        return String.join(File.pathSeparator, Stream.concat(Stream.of(apiDir), libraries().stream()).map(Path::toString).toList());
    }

    private static void copyApi(Path into) throws IOException {
        Path code = BundledFiles.codeSource();
        if (Files.isDirectory(code)) { // run from the build: target/classes
            Path from = code.resolve(API);
            try (Stream<Path> files = Files.list(from)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                    Path to = into.resolve(API).resolve(f.getFileName().toString());
                    Files.createDirectories(to.getParent());
                    Files.copy(f, to);
                }
            }
            return;
        }
        try (JarFile jar = new JarFile(code.toFile())) {
            for (JarEntry entry : jar.stream().filter(e -> e.getName().startsWith(API) && e.getName().endsWith(".class")
                    && e.getName().indexOf('/', API.length()) < 0).toList()) {
                Path to = into.resolve(entry.getName());
                Files.createDirectories(to.getParent());
                try (InputStream in = jar.getInputStream(entry)) {
                    Files.copy(in, to);
                }
            }
        }
    }

    /** target/threadlab.jar, or target/classes when run from the build: both beside target/checker-lib. */
    private static List<Path> libraries() {
        Path lib = BundledFiles.codeSource().resolveSibling("checker-lib");
        if (!Files.isDirectory(lib)) {
            return List.of();
        }
        // Each jar by name: javac's API, unlike the java launcher, does not expand "dir/*".
        try (Stream<Path> jars = Files.list(lib)) {
            return jars.filter(j -> j.toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
