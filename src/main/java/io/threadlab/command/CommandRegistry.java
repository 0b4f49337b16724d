package io.threadlab.command;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The one table of commands. Looks names up exactly, then by unique prefix. */
public final class CommandRegistry {
    private final Map<String, CommandSpec> commands = new LinkedHashMap<>();

    public CommandRegistry register(CommandSpec spec) {
        if (commands.putIfAbsent(spec.name(), spec) != null) {
            throw new IllegalStateException("command registered twice: " + spec.name());
        }
        return this;
    }

    public Collection<CommandSpec> all() {
        return commands.values();
    }

    public List<String> names() {
        return List.copyOf(commands.keySet());
    }

    /** The command a word names, or a one-line refusal that suggests close names. */
    public CommandSpec resolve(String word) {
        CommandSpec exact = commands.get(word);
        if (exact != null) {
            return exact;
        }
        List<String> prefixed = commands.keySet().stream().filter(n -> n.startsWith(word)).toList();
        if (prefixed.size() == 1 && !word.isEmpty()) {
            return commands.get(prefixed.getFirst());
        }
        if (prefixed.size() > 1) {
            throw new UsageException("'" + Printable.of(word) + "' is ambiguous; it could be " + String.join(", ", prefixed));
        }
        List<String> close = suggestions(word);
        String hint = close.isEmpty() ? "; type 'help' for the list" : "; did you mean " + String.join(" or ", close) + "?";
        throw new UsageException("unknown command '" + Printable.of(word) + "'" + hint);
    }

    /** Names within a small edit distance, closest first. */
    public List<String> suggestions(String word) {
        if (word.length() > 40) {
            return List.of();
        }
        int limit = word.length() <= 3 ? 1 : 2;
        List<String> out = new ArrayList<>();
        commands.keySet().stream()
                .map(n -> Map.entry(n, EditDistance.between(word, n)))
                .filter(e -> e.getValue() <= limit)
                .sorted(Comparator.comparingInt(Map.Entry::getValue))
                .limit(3)
                .forEach(e -> out.add(e.getKey()));
        return out;
    }
}
