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
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.apache.commons.cli.UnrecognizedOptionException;

/**
 * Parses the words after a command name against that command's declared options: Commons CLI
 * splits options from arguments, then each value is converted by its {@link Opt}, so a bad
 * value is refused before anything runs.
 */
public final class CommandParser {
    private CommandParser() {}

    public static Invocation parse(CommandSpec spec, List<String> words) {
        Map<String, Opt<?>> known = spec.allOptions();
        CommandLine line;
        try {
            line = DefaultParser.builder().setAllowPartialMatching(true).get()
                    .parse(commonsOptions(known), words.toArray(String[]::new), false);
        } catch (AmbiguousOptionException e) {
            throw new UsageException(spec.name() + ": option '" + Printable.of(e.getOption())
                    + "' is ambiguous; it could be " + String.join(", ", e.getMatchingOptions()));
        } catch (UnrecognizedOptionException e) {
            throw new UsageException(spec.name() + ": unknown option '" + Printable.of(e.getOption())
                    + "'; allowed: " + allowed(spec.options()));
        } catch (MissingArgumentException e) {
            throw new UsageException(spec.name() + ": option --" + e.getOption().getLongOpt()
                    + " needs a value (" + e.getOption().getArgName() + ")");
        } catch (ParseException e) {
            throw new UsageException(spec.name() + ": " + e.getMessage());
        }
        List<String> args = line.getArgList();
        if (args.size() < spec.minArgs() || args.size() > spec.maxArgs()) {
            throw new UsageException(spec.name() + ": " + argumentProblem(spec, args));
        }
        String first = args.isEmpty() ? null : args.getFirst();
        if (spec.argumentOptions() != null && first != null && spec.argumentOptions().apply(first).isEmpty()) {
            throw new UsageException(spec.name() + ": unknown " + spec.arguments().replaceAll("[\\[\\]]", "") + " '"
                    + Printable.of(first) + "'; allowed: " + String.join(", ", spec.argumentValues().get()));
        }
        List<Opt<?>> allowed = spec.optionsFor(first);
        Map<String, Opt<?>> byName = allowed.stream().filter(o -> !o.hidden())
                .collect(Collectors.toMap(Opt::name, o -> o, (a, b) -> a));
        Map<String, Object> values = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Option given : line.getOptions()) {
            String name = given.getLongOpt();
            Opt<?> opt = byName.get(name);
            if (opt == null) {
                throw new UsageException("--" + name + " does not apply to '" + (first == null ? spec.name() : first)
                        + "'; its options: " + allowed(allowed));
            }
            if (seen.merge(name, 1, Integer::sum) > 1 && !opt.repeatable()) {
                throw new UsageException(spec.name() + ": option --" + name + " is given more than once; give it once");
            }
            values.merge(name, opt.isFlag() ? Boolean.TRUE : opt.parse(given.getValue()), CommandParser::concat);
        }
        return new Invocation(spec, args, values);
    }

    @SuppressWarnings("unchecked")
    private static Object concat(Object a, Object b) {
        List<Object> out = new java.util.ArrayList<>((List<Object>) a);
        out.addAll((List<Object>) b);
        return List.copyOf(out);
    }

    private static Options commonsOptions(Map<String, Opt<?>> known) {
        Options options = new Options();
        for (Opt<?> o : known.values()) {
            Option.Builder b = Option.builder().longOpt(o.name()).desc(o.help());
            if (!o.isFlag()) {
                b.hasArg().argName(o.valueName());
            }
            options.addOption(b.get());
        }
        return options;
    }

    private static String argumentProblem(CommandSpec spec, List<String> args) {
        String usage = "usage: " + HelpText.usage(spec);
        if (spec.maxArgs() == 0) {
            return "takes no arguments, got '" + Printable.of(args.getFirst()) + "'; " + usage;
        }
        if (args.size() > spec.maxArgs()) {
            return "unexpected argument '" + Printable.of(args.get(spec.maxArgs())) + "'; " + usage;
        }
        String what = spec.arguments().replaceAll("[\\[\\]]", "");
        List<String> values = List.copyOf(spec.argumentValues().get());
        return "which " + what + "? " + (values.isEmpty() || values.size() > 12 ? usage : "one of: " + String.join(", ", values));
    }

    static String allowed(List<Opt<?>> options) {
        List<String> names = options.stream().filter(o -> !o.hidden()).map(o -> "--" + o.name()).sorted().toList();
        return names.isEmpty() ? "none (this command takes no options)" : String.join(", ", names);
    }
}
