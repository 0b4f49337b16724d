package io.threadlab.shell;

import io.threadlab.command.CommandRegistry;
import io.threadlab.command.CommandSpec;
import io.threadlab.command.Completions;
import java.util.ArrayList;
import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/** Adapts the terminal-free {@link Completions} to JLine, adding command summaries. */
final class CommandCompleter implements Completer {
    private final Completions completions;
    private final CommandRegistry registry;

    CommandCompleter(Completions completions, CommandRegistry registry) {
        this.completions = completions;
        this.registry = registry;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        List<String> words = new ArrayList<>(line.words().subList(0, line.wordIndex()));
        words.add(line.word().substring(0, Math.min(line.wordCursor(), line.word().length())));
        boolean commandName = words.size() == 1;
        for (Completions.Candidate c : completions.detailed(words)) {
            String value = c.value();
            String description = null;
            if (commandName) {
                description = registry.all().stream().filter(s -> s.name().equals(value))
                        .map(CommandSpec::summary).findFirst().orElse(null);
            }
            candidates.add(new Candidate(value, value, null, description, null, null, c.complete()));
        }
    }
}
