package io.threadlab.command;

/** Makes learner input, or what learner code printed, safe to echo in one line: no control characters, bounded length. */
public final class Printable {
    private static final int MAX = 60;

    private Printable() {}

    public static String of(String text) {
        return of(text, MAX);
    }

    /** The same, cut after {@code max} characters (with '…' when it was cut). */
    public static String of(String text, int max) {
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(max).forEach(cp -> {
            if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                out.append(String.format("\\u%04x", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        if (text.codePointCount(0, text.length()) > max) {
            out.append('…');
        }
        return out.toString();
    }
}
