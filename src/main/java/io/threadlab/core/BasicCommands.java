package io.threadlab.core;

import io.threadlab.command.CommandSpec;
import io.threadlab.command.HelpText;
import io.threadlab.command.Invocation;
import io.threadlab.command.Opt;
import io.threadlab.command.Printable;
import io.threadlab.command.ShellScripts;
import io.threadlab.command.StartOptions;
import io.threadlab.command.UsageException;
import io.threadlab.output.Output;
import io.threadlab.output.PagedOutput;
import io.threadlab.output.TextWidth;
import java.util.List;

/** help, completion, manpage, quit and exit. */
public final class BasicCommands {
    private final Session session;

    public BasicCommands(Session session) {
        this.session = session;
    }

    public List<CommandSpec> specs() {
        return List.of(
                CommandSpec.builder("help", "list the commands, or show one command's usage and options")
                        .arguments("[COMMAND]", 0, 1)
                        .argumentValues(() -> session.registry().names())
                        .handler(this::help),
                CommandSpec.builder("completion", "print a Tab-completion script for bash or zsh, made from these commands:"
                                + " source <(threadlab completion bash)")
                        .arguments("bash|zsh", 1, 1)
                        .argumentValues(() -> List.of("bash", "zsh"))
                        .handler(this::completion),
                CommandSpec.builder("manpage", "print threadlab's man page (roff), made from these commands:"
                                + " threadlab manpage > threadlab.1; man -l threadlab.1")
                        .handler(i -> session.out().data(ShellScripts.manPage(session.registry(), startOptions(), version()))),
                CommandSpec.builder("quit", "leave threadlab (Ctrl-D does the same)").handler(i -> session.requestQuit()),
                CommandSpec.builder("exit", "leave threadlab (same as quit)").handler(i -> session.requestQuit()));
    }

    private void completion(Invocation inv) {
        String shell = inv.arg(0, "");
        switch (shell) {
            case "bash" -> session.out().data(ShellScripts.bash(session.registry(), startOptions()));
            case "zsh" -> session.out().data(ShellScripts.zsh(session.registry(), startOptions()));
            default -> throw new UsageException("completion: no script for '" + Printable.of(shell) + "'; allowed: bash, zsh");
        }
    }

    /** The launcher's own options, when it offers them (a test's bare app has none). */
    private StartOptions startOptions() {
        return session.service(StartOptions.class, StartOptions.NONE);
    }

    /** The jar's Implementation-Version, or "dev" when run from the build's classes. */
    public static String version() {
        String v = BasicCommands.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    private void commandHelp(CommandSpec spec, Output out) {
        out.println("usage: " + out.style().bold(HelpText.usage(spec)));
        TextWidth.wrap(spec.summary(), out.width(), "  ", "  ").forEach(out::println);
        optionRows("options:", HelpText.optionRows(spec.options()), out);
        if (spec.argumentOptions() != null) {
            for (String argument : spec.argumentValues().get()) {
                List<Opt<?>> own = spec.argumentOptions().apply(argument).orElse(List.of());
                optionRows(argument + "'s own options:", HelpText.optionRows(own), out);
            }
        }
    }

    private void optionRows(String heading, List<String[]> rows, Output out) {
        if (rows.isEmpty()) {
            return;
        }
        out.println(heading);
        int left = Math.min(28, rows.stream().mapToInt(r -> r[0].length()).max().orElse(0)) + 4;
        for (String[] row : rows) {
            String head = "  " + out.style().bold(row[0]);
            if (row[0].length() + 4 > left) {
                out.println(head);
                head = "";
            }
            TextWidth.wrap(row[1], out.width(), TextWidth.padRight(head, left), " ".repeat(left)).forEach(out::println);
        }
    }

    private void help(Invocation inv) {
        PagedOutput out = new PagedOutput(session.out()); // 'help run' is several screens long
        if (!inv.args().isEmpty()) {
            commandHelp(session.registry().resolve(inv.arg(0, "")), out);
            out.show();
            return;
        }
        int width = session.registry().all().stream().mapToInt(s -> s.name().length()).max().orElse(8) + 2;
        for (CommandSpec spec : session.registry().all()) {
            String left = "  " + TextWidth.padRight(out.style().bold(spec.name()), width);
            TextWidth.wrap(spec.summary(), out.width(), left, " ".repeat(width + 2)).forEach(out::println);
        }
        out.show();
        session.out().status("'help COMMAND' shows its options · Tab completes · Ctrl-C cancels a running command");
    }
}
