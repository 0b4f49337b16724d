package io.threadlab.command;

import java.util.List;

/**
 * The options the program takes before a command ({@code threadlab --data-dir DIR run ...}),
 * described as {@link Opt}s so that the OS shell's completion script and the man page list
 * them beside the commands' own. The launcher declares and parses them; it offers this
 * description as a session service, since the commands that print the scripts live below it.
 *
 * @param options each start-up option; a value named {@code DIR} is completed with folders only
 */
public record StartOptions(List<Opt<?>> options) {
    public static final StartOptions NONE = new StartOptions(List.of());

    public StartOptions {
        options = List.copyOf(options);
    }

    /** A start-up option that takes a file or folder; {@code valueName} DIR means a folder. */
    public static Opt<String> path(String name, String valueName, String help) {
        return new Opt<>(name, valueName, help, ValueType.path("a path", v -> v.isBlank() ? "is empty" : null),
                null, null, false, false);
    }

    /** Whether an option's value is completed with folders only. */
    static boolean folder(Opt<?> o) {
        return "DIR".equals(o.valueName());
    }
}
