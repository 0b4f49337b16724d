package io.threadlab.command;

import java.util.ArrayList;
import java.util.List;

/** Usage text generated from a {@link CommandSpec}; the same spec drives parsing and completion. */
public final class HelpText {
    private HelpText() {}

    public static String usage(CommandSpec spec) {
        StringBuilder out = new StringBuilder(spec.name());
        if (!spec.arguments().isEmpty()) {
            out.append(' ').append(spec.arguments());
        }
        if (!spec.allOptions().isEmpty()) {
            out.append(" [options]");
        }
        return out.toString();
    }

    /** One {@code {left, description}} pair per option, in declaration order. */
    public static List<String[]> optionRows(List<Opt<?>> options) {
        List<String[]> rows = new ArrayList<>();
        for (Opt<?> option : options) {
            if (option.hidden()) {
                continue;
            }
            String left = "--" + option.name() + (option.isFlag() ? "" : " " + option.valueName());
            rows.add(new String[] {left, option.describe()});
        }
        return rows;
    }
}
