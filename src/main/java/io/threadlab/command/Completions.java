package io.threadlab.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Completion candidates for a partly typed line, computed from the command specs alone.
 * The terminal layer only adapts the result; nothing here knows about JLine.
 */
public final class Completions {
    private final CommandRegistry registry;

    public Completions(CommandRegistry registry) {
        this.registry = registry;
    }

    /** A candidate and whether accepting it ends the word (a list item does not). */
    public record Candidate(String value, boolean complete) {}

    /**
     * @param words the words of the line, the last one being the word under the cursor
     *              (possibly empty)
     * @return every candidate that could replace the last word
     */
    public List<String> candidates(List<String> words) {
        return detailed(words).stream().map(Candidate::value).toList();
    }

    public List<Candidate> detailed(List<String> words) {
        if (words.size() <= 1) {
            return whole(registry.names());
        }
        CommandSpec spec;
        try {
            spec = registry.resolve(words.getFirst());
        } catch (UsageException e) {
            return List.of();
        }
        String current = words.getLast();
        String previous = words.get(words.size() - 2);
        String first = words.size() > 2 && !words.get(1).startsWith("-") ? words.get(1) : null;
        List<Opt<?>> options = spec.optionsFor(first);
        Opt<?> valueOf = optionTakingValue(options, previous);
        if (valueOf != null) {
            return values(valueOf, current);
        }
        if (current.startsWith("-")) {
            List<Candidate> out = new ArrayList<>();
            for (Opt<?> option : options) {
                if (!option.hidden()) {
                    out.add(new Candidate("--" + option.name(), true));
                }
            }
            return out;
        }
        if (first == null || words.size() == 2) {
            return spec.pathArgument() ? paths(current) : whole(spec.argumentValues().get());
        }
        return List.of();
    }

    /**
     * Files and folders whose path starts with {@code typed}, as typed (relative, absolute or
     * from {@code ~/}); a folder ends with "/" and leaves the word open, to go on into it.
     */
    static List<Candidate> paths(String typed) {
        int slash = typed.lastIndexOf('/');
        String dirPart = slash < 0 ? "" : typed.substring(0, slash + 1);
        String namePart = typed.substring(slash + 1);
        String home = System.getProperty("user.home");
        Path dir = Path.of(dirPart.isEmpty() ? "." : dirPart.startsWith("~/") ? home + dirPart.substring(1) : dirPart);
        List<Candidate> out = new ArrayList<>();
        try (Stream<Path> entries = Files.list(dir)) {
            entries.limit(2_000).forEach(entry -> {
                String name = entry.getFileName().toString();
                if (name.startsWith(namePart) && (namePart.startsWith(".") || !name.startsWith("."))) {
                    boolean folder = Files.isDirectory(entry);
                    out.add(new Candidate(dirPart + name + (folder ? "/" : ""), !folder));
                }
            });
        } catch (IOException | RuntimeException e) {
            return List.of(); // no such folder, or not readable: nothing to offer
        }
        out.sort(Comparator.comparing(Candidate::value));
        return out;
    }

    /** Values of an option; in a comma list, the items after the last comma, keeping the rest. */
    private static List<Candidate> values(Opt<?> option, String current) {
        if (option.type().path()) {
            return paths(current);
        }
        List<String> items = option.type().candidates();
        if (!option.type().commaList()) {
            return whole(items);
        }
        String done = current.substring(0, current.lastIndexOf(',') + 1);
        List<String> already = List.of(done.split(","));
        List<Candidate> out = new ArrayList<>();
        for (String item : items) {
            if (!already.contains(item)) {
                out.add(new Candidate(done + item, false));
            }
        }
        return out;
    }

    private static Opt<?> optionTakingValue(List<Opt<?>> options, String word) {
        if (!word.startsWith("--") || word.contains("=")) {
            return null;
        }
        String name = word.substring(2);
        return options.stream().filter(o -> o.name().equals(name) && !o.isFlag()).findFirst().orElse(null);
    }

    private static List<Candidate> whole(Collection<String> values) {
        return values.stream().map(v -> new Candidate(v, true)).toList();
    }
}
