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

    /** Columns available for wrapping. */
    int width();

    Style style();

    default void blank() {
        println("");
    }
}
