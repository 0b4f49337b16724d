package io.threadlab.output;

import java.util.ArrayList;
import java.util.List;

/**
 * Fits every line a command prints to the terminal's width, cutting at spaces, so that the
 * terminal never breaks a word in two. Commands lay out for the width they are given; this
 * catches the lines they did not lay out (messages, echoed commands, lesson code). Machine
 * formats go through {@link #data} untouched.
 */
public final class FittingOutput implements Output {
    private final Output inner;

    public FittingOutput(Output inner) {
        this.inner = inner;
    }

    @Override
    public void println(String text) {
        fitted(text).forEach(inner::println);
    }

    @Override
    public void status(String text) {
        fitted(text).forEach(inner::status);
    }

    /** An error stays one message, whose lines are fitted. */
    @Override
    public void error(String text) {
        inner.error(String.join("\n", fitted(text)));
    }

    @Override
    public void page(List<String> lines) {
        List<String> out = new ArrayList<>();
        lines.forEach(line -> out.addAll(fitted(line)));
        inner.page(out);
    }

    @Override
    public void data(String text) {
        inner.data(text);
    }

    @Override
    public void progress(String text) {
        inner.progress(text);
    }

    @Override
    public int width() {
        return inner.width();
    }

    @Override
    public Style style() {
        return inner.style();
    }

    private List<String> fitted(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            out.addAll(TextWidth.fit(line, width()));
        }
        return out;
    }
}
