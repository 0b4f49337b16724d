package io.threadlab.core;

import java.util.function.Supplier;

/** A value made on first use, so a feature's engine loads when a learner first needs it, not at start-up. */
public final class Lazy<T> implements Supplier<T> {
    private final Supplier<T> make;
    private T value;

    private Lazy(Supplier<T> make) {
        this.make = make;
    }

    public static <T> Lazy<T> of(Supplier<T> make) {
        return new Lazy<>(make);
    }

    @Override
    public synchronized T get() {
        if (value == null) {
            value = make.get();
        }
        return value;
    }
}
