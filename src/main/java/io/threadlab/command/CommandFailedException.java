package io.threadlab.command;

/**
 * A command that was valid and ran, but failed for a reason outside the learner's input (a page
 * that could not be fetched, a result that did not check out): one line, and exit code 1, not
 * the 2 of a bad line.
 */
public final class CommandFailedException extends RuntimeException {
    public CommandFailedException(String message) {
        super(message, null, false, false);
    }
}
