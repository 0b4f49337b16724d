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

    /** One {@code {left, description}} pair per option, in declaration order. */
    public static List<String[]> optionRows(CommandSpec spec) {
        List<String[]> rows = new ArrayList<>();
        for (Option option : spec.options().getOptions()) {
            String left = "--" + option.getLongOpt() + (option.hasArg() ? " " + option.getArgName() : "");
            if (spec.repeatable().contains(option.getLongOpt())) {
                left += " (repeatable)";
            }
            rows.add(new String[] {left, option.getDescription()});
        }
        return rows;
    }
}
