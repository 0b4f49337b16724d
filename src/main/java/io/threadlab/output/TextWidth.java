package io.threadlab.output;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Visible width of text that may hold ANSI sequences, and word wrapping that keeps them. */
public final class TextWidth {
    private static final Pattern ANSI = Pattern.compile("\u001B\\[[0-9;?]*[ -/]*[@-~]");

    private TextWidth() {}

    public static String strip(String s) {
        return s.indexOf('\u001B') < 0 ? s : ANSI.matcher(s).replaceAll("");
    }

    public static int of(String s) {
        String plain = strip(s);
        int width = 0;
        for (int i = 0; i < plain.length(); ) {
            int cp = plain.codePointAt(i);
            width += columns(cp);
            i += Character.charCount(cp);
        }
        return width;
    }

    private static int columns(int cp) {
        if (Character.getType(cp) == Character.NON_SPACING_MARK || Character.getType(cp) == Character.FORMAT) {
            return 0;
        }
        // East Asian wide and emoji ranges take two cells.
        if ((cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0x1F300 && cp <= 0x1FAFF)) {
            return 2;
        }
        return 1;
    }

    public static String padRight(String s, int width) {
        int pad = width - of(s);
        return pad > 0 ? s + " ".repeat(pad) : s;
    }

    public static String padLeft(String s, int width) {
        int pad = width - of(s);
        return pad > 0 ? " ".repeat(pad) + s : s;
    }

    /**
     * Wraps at spaces so no line is wider than {@code width} visible columns; words longer
     * than a line are split. ANSI sequences stay attached to their words.
     */
    public static List<String> wrap(String text, int width, String firstIndent, String indent) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(firstIndent);
        int used = of(firstIndent);
        int lineStart = used;
        for (String word : text.split(" ", -1)) {
            if (word.isEmpty()) {
                continue;
            }
            int w = of(word);
            if (used > lineStart && used + 1 + w > width) {
                lines.add(line.toString());
                line = new StringBuilder(indent);
                used = of(indent);
                lineStart = used;
            }
            if (used > lineStart) {
                line.append(' ');
                used++;
            }
            while (w > width - used && width - used > 0 && word.indexOf('\u001B') < 0) {
                int cut = width - used;
                line.append(word, 0, cut);
                lines.add(line.toString());
                word = word.substring(cut);
                w = of(word);
                line = new StringBuilder(indent);
                used = of(indent);
                lineStart = used;
            }
            line.append(word);
            used += w;
        }
        lines.add(line.toString());
        return lines;
    }
}
