package io.threadlab.command;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/**
 * The single description of a command. Parsing, {@code help CMD} and tab completion
 * are all derived from it, so they cannot drift apart.
 *
 * @param arguments      usage of the positional arguments, e.g. {@code "[N|ID]"}
 * @param minArgs        fewest positional arguments allowed
 * @param maxArgs        most positional arguments allowed
 * @param argumentValues completion candidates for positional arguments
 * @param optionValues   completion candidates for option values, by long option name
 * @param repeatable     long names of options that may be given more than once
 * @param validator      checks an invocation fully without running it (lesson validation),
 *                       or null when parsing is the whole check
 */
public record CommandSpec(
        String name,
        String summary,
        String arguments,
        int minArgs,
        int maxArgs,
        Options options,
        Supplier<? extends Collection<String>> argumentValues,
        Map<String, Supplier<? extends Collection<String>>> optionValues,
        List<String> repeatable,
        CommandHandler handler,
        CommandHandler validator) {

    public static Builder builder(String name, String summary) {
        return new Builder(name, summary);
    }

    /** Fluent construction, so command tables read like a list of definitions. */
    public static final class Builder {
        private final String name;
        private final String summary;
        private String arguments = "";
        private int minArgs;
        private int maxArgs;
        private final Options options = new Options();
        private Supplier<? extends Collection<String>> argumentValues = List::of;
        private final Map<String, Supplier<? extends Collection<String>>> optionValues = new java.util.LinkedHashMap<>();
        private final List<String> repeatable = new java.util.ArrayList<>();
        private CommandHandler validator;

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

        /** An option that takes a value. */
        public Builder option(String longName, String valueName, String description) {
            options.addOption(Option.builder().longOpt(longName).hasArg().argName(valueName).desc(description).get());
            return this;
        }

        /** An option that takes a value, with completion candidates for it. */
        public Builder option(String longName, String valueName, String description,
                              Supplier<? extends Collection<String>> values) {
            option(longName, valueName, description);
            optionValues.put(longName, values);
            return this;
        }

        /** An option that may be given several times, each with a value. */
        public Builder repeatableOption(String longName, String valueName, String description) {
            option(longName, valueName, description);
            repeatable.add(longName);
            return this;
        }

        public Builder flag(String longName, String description) {
            options.addOption(Option.builder().longOpt(longName).desc(description).get());
            return this;
        }

        public Builder validator(CommandHandler validator) {
            this.validator = validator;
            return this;
        }

        public CommandSpec handler(CommandHandler handler) {
            return new CommandSpec(name, summary, arguments, minArgs, maxArgs, options, argumentValues,
                    Map.copyOf(optionValues), List.copyOf(repeatable), handler, validator);
        }
    }
}
