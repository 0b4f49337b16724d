package io.threadlab.shell;

import io.threadlab.output.Output;
import io.threadlab.output.Style;
import io.threadlab.output.TextWidth;
import java.io.PrintWriter;
import java.util.List;
import org.jline.terminal.Attributes;
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

    /**
     * A screen at a time, like {@code more}: Space shows the next screen, Enter one more line,
     * q (or Ctrl-C) stops. The key is read in raw mode, between two prompts, so the line
     * editor never sees it. A page that fits is printed whole, and so is any page when the
     * screen's height is unknown.
     */
    @Override
    public void page(List<String> lines) {
        int height = terminal.getHeight();
        int room = height - 2; // leave the last rows for the prompt that follows
        if (height < 5 || lines.size() <= room) {
            lines.forEach(this::println);
            return;
        }
        int shown = 0;
        int step = room;
        Attributes saved = terminal.enterRawMode();
        try {
            while (shown < lines.size()) {
                int end = Math.min(lines.size(), shown + step);
                for (String line : lines.subList(shown, end)) {
                    println(line);
                }
                shown = end;
                if (shown >= lines.size()) {
                    break;
                }
                writer.print(style.accent(String.format(" more: %d of %d lines · Space next screen · Enter next line · q stop ",
                        shown, lines.size())));
                writer.flush();
                int key = readKey();
                writer.print("\r\u001B[K");
                writer.flush();
                if (key == 'q' || key == 'Q' || key == 3 || key < 0) {
                    println(style.dim("(" + (lines.size() - shown) + " more lines; 'page' shows this page again)"));
                    return;
                }
                step = key == '\r' || key == '\n' ? 1 : room;
            }
        } finally {
            terminal.setAttributes(saved);
        }
    }

    /** The next key; -1 at end of input, or when a Ctrl-C (which the shell turns into an interrupt) stops the page. */
    private int readKey() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                int key = terminal.reader().read(100);
                if (key != org.jline.utils.NonBlockingReader.READ_EXPIRED) {
                    return key;
                }
            }
            return -1;
        } catch (java.io.IOException e) {
            return -1;
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
