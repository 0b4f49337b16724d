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

    /**
     * One line cut at spaces into pieces no wider than {@code width}, keeping its own spacing
     * (tables, code); each piece after the first is indented two columns more than the line.
     * Only a word wider than the whole line is cut inside. A line that fits is returned as is.
     */
    public static List<String> fit(String line, int width) {
        if (width < 10 || of(line) <= width) {
            return List.of(line);
        }
        int lead = 0;
        String plain = strip(line);
        while (lead < plain.length() && plain.charAt(lead) == ' ') {
            lead++;
        }
        String indent = " ".repeat(Math.min(lead + 2, width / 2));
        List<String> out = new ArrayList<>();
        String rest = line;
        boolean first = true;
        while (true) {
            int room = first ? width : width - indent.length();
            String prefix = first ? "" : indent;
            if (of(rest) <= room) {
                out.add(prefix + rest);
                return out;
            }
            int cut = cutAt(rest, room, first ? lead : 0);
            out.add(prefix + stripTrailingSpaces(rest.substring(0, cut)));
            rest = stripLeadingSpaces(rest.substring(cut));
            first = false;
        }
    }

    /**
     * Where to cut {@code s} so that the part before fits {@code room} columns: after the last
     * space that fits (ignoring the line's own indentation), else at the last fitting character.
     */
    private static int cutAt(String s, int room, int indentation) {
        int used = 0;
        int lastSpace = -1;
        int lastFit = 0;
        for (int i = 0; i < s.length(); ) {
            if (s.charAt(i) == '\u001B') {
                var m = ANSI.matcher(s).region(i, s.length());
                if (m.lookingAt()) {
                    i = m.end();
                    continue;
                }
            }
            int cp = s.codePointAt(i);
            int w = columns(cp);
            if (used + w > room) {
                break;
            }
            used += w;
            i += Character.charCount(cp);
            lastFit = i;
            if (cp == ' ' && used > indentation) {
                lastSpace = i;
            }
        }
        return lastSpace > 0 ? lastSpace : Math.max(1, lastFit);
    }

    private static String stripTrailingSpaces(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == ' ') {
            end--;
        }
        return s.substring(0, end);
    }

    private static String stripLeadingSpaces(String s) {
        int start = 0;
        while (start < s.length() && s.charAt(start) == ' ') {
            start++;
        }
        return s.substring(start);
    }
}
