package io.threadlab.output;

import java.io.PrintStream;

/** Output to plain streams: piped use, scripts and one-shot commands. */
public final class StreamOutput implements Output {
    private final PrintStream out;
    private final PrintStream err;
    private final Style style;
    private final int width;
    private final boolean quiet;

    /**
     * @param quiet drop status lines entirely (one-shot commands print only their result)
     */
    public StreamOutput(PrintStream out, PrintStream err, Style style, int width, boolean quiet) {
        this.out = out;
        this.err = err;
        this.style = style;
        this.width = width;
        this.quiet = quiet;
    }

    @Override
    public void println(String text) {
        out.println(text);
        out.flush();
    }

    @Override
    public void status(String text) {
        if (!quiet) {
            TextWidth.fit(text, width).forEach(line -> out.println(style.dim(line)));
            out.flush();
        }
    }

    @Override
    public void error(String text) {
        out.flush();
        err.println(style.error(text));
        err.flush();
    }

    /** True once stdout is gone (the reader of a pipe, such as {@code head -1}, has exited): nothing more can be shown. */
    public boolean closed() {
        return out.checkError();
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public Style style() {
        return style;
    }
}
