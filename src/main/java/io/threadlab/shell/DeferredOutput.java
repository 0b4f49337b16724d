package io.threadlab.shell;

import io.threadlab.output.Output;
import io.threadlab.output.Style;
import java.util.ArrayList;
import java.util.List;

/**
 * Lets the app be built while the terminal is still opening (the two together are most of
 * the start-up time): anything printed before the terminal exists is held, then replayed.
 */
final class DeferredOutput implements Output {
    private Output target;
    private final List<Runnable> held = new ArrayList<>();

    synchronized void bind(Output output) {
        target = output;
        held.forEach(Runnable::run);
        held.clear();
    }

    private synchronized void send(java.util.function.Consumer<Output> message) {
        if (target == null) {
            held.add(() -> message.accept(target));
        } else {
            message.accept(target);
        }
    }

    @Override
    public void println(String text) {
        send(o -> o.println(text));
    }

    @Override
    public void status(String text) {
        send(o -> o.status(text));
    }

    @Override
    public void error(String text) {
        send(o -> o.error(text));
    }

    @Override
    public void page(List<String> lines) {
        send(o -> o.page(lines));
    }

    @Override
    public void progress(String text) {
        send(o -> o.progress(text));
    }

    @Override
    public synchronized int width() {
        return target == null ? 80 : target.width();
    }

    @Override
    public synchronized Style style() {
        return target == null ? Style.PLAIN : target.style();
    }
}
