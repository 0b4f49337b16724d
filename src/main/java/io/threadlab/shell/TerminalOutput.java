package io.threadlab.shell;

import io.threadlab.output.Output;
import io.threadlab.output.Style;
import io.threadlab.output.TextWidth;
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

    private boolean progressShown;

    @Override
    public synchronized void println(String text) {
        clearProgress();
        writer.println(text);
        writer.flush();
    }

    @Override
    public synchronized void progress(String text) {
        if (style.enabled()) {
            String line = TextWidth.strip(text);
            int room = Math.max(10, width() - 1);
            writer.print("\r\u001B[K" + style.dim(line.length() > room ? line.substring(0, room) : line));
            writer.flush();
            progressShown = true;
        }
    }

    private void clearProgress() {
        if (progressShown) {
            writer.print("\r\u001B[K");
            progressShown = false;
        }
    }

    @Override
    public void status(String text) {
        TextWidth.fit(text, width()).forEach(line -> println(style.dim(line)));
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
