package io.threadlab.output;

import org.jline.jansi.Ansi;

/**
 * Colour and emphasis as ANSI sequences built with Jansi, or plain text when colour is
 * off (no terminal, a dumb terminal, --no-color or NO_COLOR).
 */
public final class Style {
    public static final Style PLAIN = new Style(false);
    public static final Style COLOR = new Style(true);

    private final boolean enabled;

    private Style(boolean enabled) {
        this.enabled = enabled;
    }

    public static Style of(boolean color) {
        return color ? COLOR : PLAIN;
    }

    public boolean enabled() {
        return enabled;
    }

    public String bold(String s) {
        return enabled ? Ansi.ansi().bold().a(s).boldOff().toString() : s;
    }

    public String dim(String s) {
        return enabled ? Ansi.ansi().a(Ansi.Attribute.INTENSITY_FAINT).a(s).reset().toString() : s;
    }

    public String italic(String s) {
        return enabled ? Ansi.ansi().a(Ansi.Attribute.ITALIC).a(s).a(Ansi.Attribute.ITALIC_OFF).toString() : s;
    }

    public String underline(String s) {
        return enabled ? Ansi.ansi().a(Ansi.Attribute.UNDERLINE).a(s).a(Ansi.Attribute.UNDERLINE_OFF).toString() : s;
    }

    public String color(Ansi.Color color, String s) {
        return enabled ? Ansi.ansi().fg(color).a(s).fgDefault().toString() : s;
    }

    public String bright(Ansi.Color color, String s) {
        return enabled ? Ansi.ansi().fgBright(color).a(s).fgDefault().toString() : s;
    }

    public String heading(String s) {
        return enabled ? Ansi.ansi().bold().fgBright(Ansi.Color.CYAN).a(s).fgDefault().boldOff().toString() : s;
    }

    public String code(String s) {
        return color(Ansi.Color.YELLOW, s);
    }

    public String error(String s) {
        return bright(Ansi.Color.RED, s);
    }

    public String ok(String s) {
        return bright(Ansi.Color.GREEN, s);
    }

    public String accent(String s) {
        return bright(Ansi.Color.MAGENTA, s);
    }
}
