package io.threadlab.command;

/** Makes learner input safe to echo in one line: no control characters, bounded length. */
public final class Printable {
    private static final int MAX = 60;

    private Printable() {}

    public static String of(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(MAX).forEach(cp -> {
            if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                out.append(String.format("\\u%04x", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        if (text.codePointCount(0, text.length()) > MAX) {
            out.append('…');
        }
        return out.toString();
    }
}
