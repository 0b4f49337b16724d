package io.threadlab.exercise;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What checkers compile and run against: this JVM's class path (the threadlab jar, with the
 * checker API), plus the libraries only checkers use, such as Lincheck, which the build copies
 * to {@code checker-lib/} beside the jar rather than into it.
 */
final class CheckerClassPath {
    private CheckerClassPath() {}

    static String get() {
        String own = System.getProperty("java.class.path");
        Path first = Path.of(own.split(File.pathSeparator)[0]).toAbsolutePath();
        // target/threadlab.jar, or target/classes when run from the build: both beside target/checker-lib.
        Path lib = first.resolveSibling("checker-lib");
        if (!Files.isDirectory(lib)) {
            return own;
        }
        // Each jar by name: javac's API, unlike the java launcher, does not expand "dir/*".
        StringBuilder path = new StringBuilder(own);
        try (var jars = Files.list(lib)) {
            jars.filter(j -> j.toString().endsWith(".jar")).sorted().forEach(j -> path.append(File.pathSeparator).append(j));
        } catch (java.io.IOException e) {
            return own;
        }
        return path.toString();
    }
}
