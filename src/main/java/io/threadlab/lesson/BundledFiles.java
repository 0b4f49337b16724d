package io.threadlab.lesson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The {@code lessons} folder shipped inside the jar (or in target/classes when run from the
 * build). The jar's file system stays open for the life of the JVM, since exercises copy and
 * compile files from it long after the lessons were read.
 */
public final class BundledFiles {
    private static Path root;

    private BundledFiles() {}

    public static synchronized Path lessons() {
        if (root == null) {
            try {
                Path code = codeSource();
                root = Files.isDirectory(code) ? code.resolve("lessons")
                        : FileSystems.newFileSystem(code).getPath("lessons");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return root;
    }

    /** The jar threadlab runs from, or target/classes when run from the build. */
    public static Path codeSource() {
        try {
            return Path.of(BundledFiles.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
