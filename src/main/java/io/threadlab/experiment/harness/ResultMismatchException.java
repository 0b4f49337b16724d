package io.threadlab.experiment.harness;

/** A run whose result is wrong, or differs between modes: an error, never a printed number. */
public final class ResultMismatchException extends RuntimeException {
    public ResultMismatchException(String message) {
        super(message);
    }
}
