package io.threadlab.command;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.cli.AmbiguousOptionException;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.MissingArgumentException;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.ParseException;
import org.apache.commons.cli.UnrecognizedOptionException;

/** Parses the words after a command name against that command's Commons CLI options. */
public final class CommandParser {
    private CommandParser() {}

    public static Invocation parse(CommandSpec spec, List<String> words) {
        CommandLine line;
        try {
            line = DefaultParser.builder().setAllowPartialMatching(true).get()
                    .parse(spec.options(), words.toArray(String[]::new), false);
        } catch (AmbiguousOptionException e) {
            throw new UsageException(spec.name() + ": option '" + Printable.of(e.getOption())
                    + "' is ambiguous; it could be " + String.join(", ", e.getMatchingOptions()));
        } catch (UnrecognizedOptionException e) {
            throw new UsageException(spec.name() + ": unknown option '" + Printable.of(e.getOption())
                    + "'; allowed: " + allowed(spec));
        } catch (MissingArgumentException e) {
            throw new UsageException(spec.name() + ": option --" + e.getOption().getLongOpt()
                    + " needs a value (" + e.getOption().getArgName() + ")");
        } catch (ParseException e) {
            throw new UsageException(spec.name() + ": " + e.getMessage());
        }
        rejectRepeats(spec, line);
        int count = line.getArgList().size();
        if (count < spec.minArgs() || count > spec.maxArgs()) {
            throw new UsageException(spec.name() + ": " + argumentProblem(spec, line.getArgList()));
        }
        return new Invocation(spec, line);
    }

    private static void rejectRepeats(CommandSpec spec, CommandLine line) {
        Map<String, Integer> seen = new HashMap<>();
        for (Option option : line.getOptions()) {
            String name = option.getLongOpt();
            if (seen.merge(name, 1, Integer::sum) > 1 && !spec.repeatable().contains(name)) {
                throw new UsageException(spec.name() + ": option --" + name + " is given more than once; give it once");
            }
        }
    }

    private static String argumentProblem(CommandSpec spec, List<String> args) {
        String usage = "usage: " + (spec.name() + " " + spec.arguments()).strip();
        if (spec.maxArgs() == 0) {
            return "takes no arguments, got '" + Printable.of(args.getFirst()) + "'; " + usage;
        }
        if (args.size() > spec.maxArgs()) {
            return "unexpected argument '" + Printable.of(args.get(spec.maxArgs())) + "'; " + usage;
        }
        return "missing argument; " + usage;
    }

    static String allowed(CommandSpec spec) {
        if (spec.options().getOptions().isEmpty()) {
            return "none (this command takes no options)";
        }
        return spec.options().getOptions().stream().map(o -> "--" + o.getLongOpt())
                .sorted().collect(Collectors.joining(", "));
    }
}
