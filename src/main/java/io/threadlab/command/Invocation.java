package io.threadlab.command;

import java.util.List;
import java.util.Map;

/** A parsed, validated command line: its positional arguments and its typed option values. */
public final class Invocation {
    private final CommandSpec spec;
    private final List<String> args;
    private final Map<String, Object> values;

    Invocation(CommandSpec spec, List<String> args, Map<String, Object> values) {
        this.spec = spec;
        this.args = List.copyOf(args);
        this.values = Map.copyOf(values);
    }

    public CommandSpec spec() {
        return spec;
    }

    public List<String> args() {
        return args;
    }

    public String arg(int index, String fallback) {
        return index < args.size() ? args.get(index) : fallback;
    }

    public boolean has(Opt<?> option) {
        return values.containsKey(option.name());
    }

    /** The option's value as given, or its default. */
    @SuppressWarnings("unchecked")
    public <T> T get(Opt<T> option) {
        Object value = values.get(option.name());
        return value == null ? option.defaultValue() : (T) value;
    }
}
