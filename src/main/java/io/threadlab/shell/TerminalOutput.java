package io.threadlab.shell;

import io.threadlab.output.Output;
import io.threadlab.output.Style;
import io.threadlab.output.TextWidth;
import java.io.PrintWriter;
import java.util.List;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;

/**
 * Output to the JLine terminal, wrapped to its current width. While a command runs for more
 * than a second, its last line shows what it is doing and for how long ("row 3/5 · threads × 2:
 * run 2/3 · 4.2 s"), redrawn a few times a second and replaced by the next real output.
 */
final class TerminalOutput implements Output {
    /** A command quicker than this shows no progress line at all. */
    static final long QUIET_NANOS = 1_000_000_000L;
    private static final long TICK_MILLIS = 200;

    private final Terminal terminal;
    private final PrintWriter writer;
    private final Style style;
    /** Whether the terminal can rewrite a line in place (a dumb one cannot). */
    private final boolean live;

    private boolean progressShown;
    private long commandStarted; // System.nanoTime() at the command's start; 0 between commands
    private String activity = "";
    private int paused; // while paging or asking: nothing may be drawn over the key prompt
    private long pausedAt;
    private Thread ticker;

    TerminalOutput(Terminal terminal, Style style, boolean live) {
        this.terminal = terminal;
        this.writer = terminal.writer();
        this.style = style;
        this.live = live;
    }

    @Override
    public synchronized void println(String text) {
        clearProgress();
        writer.println(text);
        writer.flush();
    }

    /** The shell is about to run {@code line}: the clock for its progress line starts. */
    synchronized void commandStarted(String line) {
        commandStarted = System.nanoTime();
        activity = TextWidth.strip(line).strip();
        if (live && ticker == null) {
            // Started with the first command, not at start-up: the first prompt needs no thread.
            ticker = Thread.ofPlatform().daemon(true).name("progress-line").start(this::tick);
        }
    }

    /** The command ended: its progress line goes, and the prompt takes the line. */
    synchronized void commandEnded() {
        commandStarted = 0;
        clearProgress();
        writer.flush();
    }

    /** The step a command is on; shown with the time so far once the command has run a second. */
    @Override
    public synchronized void progress(String text) {
        activity = TextWidth.strip(text).strip();
        drawProgress();
    }

    /** Nothing is drawn until {@link #resume}: a question or the pager owns the last line. */
    synchronized void pause() {
        if (paused++ == 0) {
            pausedAt = System.nanoTime();
        }
        clearProgress();
        writer.flush();
    }

    /** The time a question or the pager waited for the learner is not the command's: the clock skips it. */
    synchronized void resume() {
        if (--paused == 0 && commandStarted != 0) {
            commandStarted += System.nanoTime() - pausedAt;
        }
    }

    private void tick() {
        while (true) {
            try {
                Thread.sleep(TICK_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            synchronized (this) {
                drawProgress();
            }
        }
    }

    private void drawProgress() {
        if (!live || commandStarted == 0 || paused > 0 || activity.isEmpty()) {
            return;
        }
        long running = System.nanoTime() - commandStarted;
        if (running < QUIET_NANOS) {
            return;
        }
        String line = activity + " · " + elapsed(running);
        int room = Math.max(10, width() - 1);
        writer.print("\r\u001B[K" + style.dim(line.length() > room ? line.substring(0, room - 1) + "…" : line));
        writer.flush();
        progressShown = true;
    }

    /** "4.2 s", then "1 min 05 s" past a minute. */
    static String elapsed(long nanos) {
        double seconds = nanos / 1e9;
        if (seconds < 60) {
            return String.format(java.util.Locale.ROOT, "%.1f s", seconds);
        }
        long whole = (long) seconds;
        return String.format(java.util.Locale.ROOT, "%d min %02d s", whole / 60, whole % 60);
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
        pause();
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
            resume();
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
