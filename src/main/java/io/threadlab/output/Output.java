package io.threadlab.output;

/**
 * Every message the app prints goes through here, at one of three levels: normal
 * text, quiet status (progress, hints; dropped or sent to stderr in one-shot use),
 * and errors (one line each).
 */
public interface Output {
    void println(String text);

    void status(String text);

    void error(String text);

    /** Machine-readable text (JSON, CSV), printed exactly as given: never wrapped. */
    default void data(String text) {
        println(text);
    }

    /**
     * A transient line (e.g. "run 2/3") that the next output replaces. Where lines cannot be
     * replaced (pipes, files) it is dropped, so logs hold only results.
     */
    default void progress(String text) {}

    /**
     * Text that may be taller than the screen (a lesson page). An interactive terminal shows it
     * a screen at a time, so its first lines do not scroll away; elsewhere it is printed whole.
     */
    default void page(java.util.List<String> lines) {
        lines.forEach(this::println);
    }

    /** Columns available for wrapping. */
    int width();

    Style style();

    default void blank() {
        println("");
    }
}
