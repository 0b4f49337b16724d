package io.threadlab.command;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import org.apache.commons.cli.Option;

/**
 * Completion candidates for a partly typed line, computed from the command specs alone.
 * The terminal layer only adapts the result; nothing here knows about JLine.
 */
public final class Completions {
    private final CommandRegistry registry;

    public Completions(CommandRegistry registry) {
        this.registry = registry;
    }

    /**
     * @param words   the words of the line, the last one being the word under the cursor
     *                (possibly empty)
     * @return every candidate that could replace the last word
     */
    public List<String> candidates(List<String> words) {
        if (words.size() <= 1) {
            return registry.names();
        }
        CommandSpec spec;
        try {
            spec = registry.resolve(words.getFirst());
        } catch (UsageException e) {
            return List.of();
        }
        String current = words.getLast();
        String previous = words.get(words.size() - 2);
        Option valueOf = optionTakingValue(spec, previous);
        if (valueOf != null) {
            return values(spec.optionValues().get(valueOf.getLongOpt()));
        }
        if (current.startsWith("-")) {
            List<String> out = new ArrayList<>();
            for (Option option : spec.options().getOptions()) {
                out.add("--" + option.getLongOpt());
            }
            return out;
        }
        return values(spec.argumentValues());
    }

    private static Option optionTakingValue(CommandSpec spec, String word) {
        if (!word.startsWith("--") || word.contains("=")) {
            return null;
        }
        Option option = spec.options().getOption(word.substring(2));
        return option != null && option.hasArg() ? option : null;
    }

    private static List<String> values(Supplier<? extends Collection<String>> supplier) {
        return supplier == null ? List.of() : List.copyOf(supplier.get());
    }
}
