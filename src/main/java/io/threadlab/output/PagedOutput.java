package io.threadlab.output;

import java.util.ArrayList;
import java.util.List;

/**
 * Gathers what a command prints, then hands it to {@link Output#page} in one piece, so that
 * long output (help, a solution, a run's table) stops at each screen on a terminal. Errors
 * are not held back: they go out at once.
 */
public final class PagedOutput implements Output {
    private final Output target;
    private final List<String> lines = new ArrayList<>();

    public PagedOutput(Output target) {
        this.target = target;
    }

    @Override
    public void println(String text) {
        lines.addAll(List.of(text.split("\n", -1)));
    }

    @Override
    public void status(String text) {
        println(target.style().dim(text));
    }

    @Override
    public void error(String text) {
        target.error(text);
    }

    @Override
    public int width() {
        return target.width();
    }

    @Override
    public Style style() {
        return target.style();
    }

    /** Shows what was gathered, a screen at a time where the target can. */
    public void show() {
        target.page(List.copyOf(lines));
        lines.clear();
    }
}
