package io.threadlab.command;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The single description of a command. Parsing, validation, {@code help CMD} and Tab
 * completion are all derived from it, so they cannot drift apart.
 *
 * @param arguments      usage of the positional arguments, e.g. {@code "[N|ID]"}
 * @param minArgs        fewest positional arguments allowed
 * @param maxArgs        most positional arguments allowed
 * @param argumentValues completion candidates for the first positional argument
 * @param options        the options every use of the command takes
 * @param argumentOptions options that exist only for a given first argument (an experiment's
 *                       own options), or null; empty for an argument that is not allowed
 * @param validator      checks an invocation fully without running it (lesson validation),
 *                       or null when parsing is the whole check
 * @param pathArgument   whether the first positional argument is a file or folder, completed
 *                       from the file system
 */
public record CommandSpec(
        String name,
        String summary,
        String arguments,
        int minArgs,
        int maxArgs,
        Supplier<? extends Collection<String>> argumentValues,
        List<Opt<?>> options,
        Function<String, Optional<List<Opt<?>>>> argumentOptions,
        CommandHandler handler,
        CommandHandler validator,
        boolean pathArgument) {

    public static Builder builder(String name, String summary) {
        return new Builder(name, summary);
    }

    /** The options allowed after {@code firstArgument}: the command's own, then the argument's. */
    public List<Opt<?>> optionsFor(String firstArgument) {
        List<Opt<?>> out = new ArrayList<>(options);
        if (argumentOptions != null && firstArgument != null) {
            argumentOptions.apply(firstArgument).ifPresent(out::addAll);
        }
        return out;
    }

    /** Every option name the command may take with some argument, each with one declaration. */
    public Map<String, Opt<?>> allOptions() {
        Map<String, Opt<?>> all = new LinkedHashMap<>();
        options.forEach(o -> all.put(o.name(), o));
        if (argumentOptions != null) {
            for (String arg : argumentValues.get()) {
                argumentOptions.apply(arg).orElse(List.of()).stream().filter(o -> !o.hidden())
                        .forEach(o -> all.putIfAbsent(o.name(), o));
            }
        }
        return all;
    }

    /** Fluent construction, so command tables read like a list of definitions. */
    public static final class Builder {
        private final String name;
        private final String summary;
        private String arguments = "";
        private int minArgs;
        private int maxArgs;
        private Supplier<? extends Collection<String>> argumentValues = List::of;
        private final List<Opt<?>> options = new ArrayList<>();
        private Function<String, Optional<List<Opt<?>>>> argumentOptions;
        private CommandHandler validator;
        private boolean pathArgument;

        private Builder(String name, String summary) {
            this.name = name;
            this.summary = summary;
        }

        public Builder arguments(String usage, int min, int max) {
            this.arguments = usage;
            this.minArgs = min;
            this.maxArgs = max;
            return this;
        }

        public Builder argumentValues(Supplier<? extends Collection<String>> values) {
            this.argumentValues = values;
            return this;
        }

        public Builder option(Opt<?> option) {
            options.add(option);
            return this;
        }

        public Builder options(List<? extends Opt<?>> more) {
            options.addAll(more);
            return this;
        }

        /** Options that belong to the first argument, such as an experiment's own. */
        public Builder argumentOptions(Function<String, Optional<List<Opt<?>>>> perArgument) {
            this.argumentOptions = perArgument;
            return this;
        }

        /** The first positional argument names a file or folder: Tab completes paths. */
        public Builder pathArgument() {
            this.pathArgument = true;
            return this;
        }

        public Builder validator(CommandHandler validator) {
            this.validator = validator;
            return this;
        }

        public CommandSpec handler(CommandHandler handler) {
            return new CommandSpec(name, summary, arguments, minArgs, maxArgs, argumentValues, List.copyOf(options),
                    argumentOptions, handler, validator, pathArgument);
        }
    }
}
