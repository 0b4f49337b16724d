package io.threadlab.experiment;

import java.util.Locale;

/**
 * The runtime a row runs in ({@code --runtime}): this JVM, or a CPython child process.
 *
 * @param id      {@code jvm} or {@code python}, as {@code --runtime} names it
 * @param name    the implementation: {@code JVM}, {@code CPython}, {@code PyPy}
 * @param version its full version, {@code 25.0.1} or {@code 3.11.7}
 * @param gil     whether the interpreter has a global interpreter lock (false for the JVM and
 *                for free-threaded CPython builds)
 * @param command the interpreter to start, or null for this JVM
 */
public record Engine(String id, String name, String version, boolean gil, String command) {
    public static final Engine JVM = new Engine("jvm", "JVM", Runtime.version().toString(), false, null);

    public boolean jvm() {
        return command == null;
    }

    /** Major and minor: {@code 3.11}, or {@code 25} for the JVM. */
    public String shortVersion() {
        String[] parts = version.split("[.+-]");
        return jvm() || parts.length < 2 ? parts[0] : parts[0] + "." + parts[1];
    }

    /** As rows and sentences name it: {@code CPython 3.11}, {@code CPython 3.13 (no GIL)}, {@code JVM 25}. */
    public String label() {
        return name + " " + shortVersion() + (!jvm() && !gil ? " (no GIL)" : "");
    }

    /** For matching rows by name in lessons, where a version would tie a page to one machine. */
    public String key() {
        return id.toLowerCase(Locale.ROOT);
    }
}
