package io.threadlab.shell;

import io.threadlab.output.Output;
import io.threadlab.output.Style;
import java.io.PrintWriter;
import org.jline.terminal.Terminal;

/** Output to the JLine terminal, wrapped to its current width. */
final class TerminalOutput implements Output {
    private final Terminal terminal;
    private final PrintWriter writer;
    private final Style style;

    TerminalOutput(Terminal terminal, Style style) {
        this.terminal = terminal;
        this.writer = terminal.writer();
        this.style = style;
    }

    @Override
    public void println(String text) {
        writer.println(text);
        writer.flush();
    }

    @Override
    public void status(String text) {
        println(style.dim(text));
    }

    @Override
    public void error(String text) {
        println(style.error(text));
    }

    @Override
    public int width() {
        int w = terminal.getWidth();
        return w > 10 ? w : 80;
    }

    @Override
    public Style style() {
        return style;
    }
}
