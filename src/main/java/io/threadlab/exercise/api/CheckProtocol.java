package io.threadlab.exercise.api;

import java.util.List;

/**
 * How the shell and a checker JVM talk, defined once for both sides. The shell starts
 * {@link CheckMain} with the check class and the deadline, and writes a nonce to its stdin; the
 * checker reads it before any learner code is loaded and prints each verdict line as
 * {@code MARK NONCE KIND text} on stdout, among whatever the learner's code prints. A line
 * without the nonce is only output, so the learner's code cannot forge a verdict by printing.
 */
public final class CheckProtocol {
    public static final String MARK = "\u0001threadlab:";
    public static final String MAIN = CheckMain.class.getName();

    /** What a check can conclude. */
    public enum Kind { PASS, FAIL, TIMEOUT }

    private CheckProtocol() {}

    public static List<String> arguments(String checkClass, long deadlineMillis) {
        return List.of(checkClass, Long.toString(deadlineMillis));
    }

    public static java.util.Optional<Kind> kindOf(String word) {
        return java.util.Arrays.stream(Kind.values()).filter(k -> k.name().equals(word)).findFirst();
    }

    public static String line(String nonce, Kind kind, String text) {
        return MARK + nonce + " " + kind + " " + text;
    }
}
