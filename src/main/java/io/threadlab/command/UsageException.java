package io.threadlab.command;

/** Bad input from the learner: shown as one line, never as a stack trace. */
public final class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message, null, false, false);
    }
}
