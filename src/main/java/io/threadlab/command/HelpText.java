package io.threadlab.command;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.cli.Option;

/** Usage text generated from a {@link CommandSpec}; the same spec drives parsing and completion. */
public final class HelpText {
    private HelpText() {}

    public static String usage(CommandSpec spec) {
        StringBuilder out = new StringBuilder(spec.name());
        if (!spec.arguments().isEmpty()) {
            out.append(' ').append(spec.arguments());
        }
        if (!spec.options().getOptions().isEmpty()) {
            out.append(" [options]");
        }
        return out.toString();
    }

    /** Lines of the form: usage, summary, then one aligned line per option. */
    public static List<String> lines(CommandSpec spec) {
        List<String> lines = new ArrayList<>();
        lines.add("usage: " + usage(spec));
        lines.add("  " + spec.summary());
        if (spec.options().getOptions().isEmpty()) {
            return lines;
        }
        lines.add("options:");
        List<String[]> rows = new ArrayList<>();
        for (Option option : spec.options().getOptions()) {
            String left = "--" + option.getLongOpt() + (option.hasArg() ? " " + option.getArgName() : "");
            if (spec.repeatable().contains(option.getLongOpt())) {
                left += " (repeatable)";
            }
            rows.add(new String[] {left, option.getDescription()});
        }
        int width = rows.stream().mapToInt(r -> r[0].length()).max().orElse(0);
        for (String[] row : rows) {
            lines.add("  " + row[0] + " ".repeat(width - row[0].length() + 2) + row[1]);
        }
        return lines;
    }
}
