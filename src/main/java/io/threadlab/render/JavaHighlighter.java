package io.threadlab.render;

import io.threadlab.output.Style;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jline.jansi.Ansi;

/** Light syntax colouring for Java snippets: keywords, strings, comments and numbers. */
public final class JavaHighlighter {
    private static final Pattern TOKEN = Pattern.compile(
            "(//.*$|/\\*.*?\\*/)|(\"(?:\\\\.|[^\"\\\\])*\"|'(?:\\\\.|[^'\\\\])')|(\\b\\d[\\d_]*[lLdDfF]?\\b)|(@?\\b[A-Za-z_]\\w*\\b)");
    private static final Set<String> KEYWORDS = Set.of(
            "abstract", "boolean", "break", "byte", "case", "catch", "char", "class", "continue", "default", "do",
            "double", "else", "enum", "extends", "final", "finally", "float", "for", "if", "implements", "import",
            "instanceof", "int", "interface", "long", "new", "package", "private", "protected", "public", "record",
            "return", "short", "static", "super", "switch", "synchronized", "this", "throw", "throws", "try", "var",
            "void", "volatile", "while", "yield", "true", "false", "null", "sealed", "permits");

    private JavaHighlighter() {}

    public static String line(String code, Style style) {
        if (!style.enabled()) {
            return code;
        }
        StringBuilder out = new StringBuilder();
        Matcher m = TOKEN.matcher(code);
        int last = 0;
        while (m.find()) {
            out.append(code, last, m.start());
            String t = m.group();
            if (m.group(1) != null) {
                out.append(style.dim(t));
            } else if (m.group(2) != null) {
                out.append(style.color(Ansi.Color.GREEN, t));
            } else if (m.group(3) != null) {
                out.append(style.color(Ansi.Color.CYAN, t));
            } else if (KEYWORDS.contains(t)) {
                out.append(style.bright(Ansi.Color.BLUE, t));
            } else if (t.startsWith("@")) {
                out.append(style.color(Ansi.Color.YELLOW, t));
            } else {
                out.append(t);
            }
            last = m.end();
        }
        out.append(code.substring(last));
        return out.toString();
    }
}
