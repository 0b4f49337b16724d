package io.threadlab.process;

/** The main class of a child JVM that does nothing: starting it times a bare process start. */
public final class EmptyMain {
    private EmptyMain() {}

    public static void main(String[] args) {
        // Nothing: the cost of starting and ending a JVM is the measurement.
    }
}
