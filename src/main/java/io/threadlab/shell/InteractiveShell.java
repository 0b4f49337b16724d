package io.threadlab.shell;

import io.threadlab.app.App;
import io.threadlab.core.Session;
import io.threadlab.output.Output;
import java.nio.file.Path;
import io.threadlab.output.Style;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The JLine front end: line editing, history, completion and Ctrl-C. Everything else
 * is the terminal-free {@link App}.
 */
public final class InteractiveShell {
    private InteractiveShell() {}

    /** What the shell needs to know: where history lives, and whether to colour. */
    public record Settings(Path dataDir, boolean color) {}

    /** How the launcher builds the app once the shell can say where output goes and how to ask. */
    @FunctionalInterface
    public interface AppFactory {
        App create(Wiring wiring);
    }

    /** The shell's side of the app: its output and the way it asks the learner a question. */
    public record Wiring(Output output, Session.Asker asker) implements Session.Asker {
        @Override
        public Optional<String> ask(String question) {
            return asker.ask(question);
        }
    }

    public static int run(Settings opts, AppFactory factory) {
        // Opening the terminal is the slowest step of start-up; the app (command table,
        // progress, the current lesson for the prompt) is built meanwhile on another thread.
        DeferredOutput deferred = new DeferredOutput();
        LineReader[] reader = new LineReader[1];
        TerminalOutput[] shown = new TerminalOutput[1];
        CompletableFuture<App> building = CompletableFuture.supplyAsync(() -> {
            App app = factory.create(new Wiring(deferred, question -> ask(reader[0], shown[0], question)));
            app.prompt();
            return app;
        }, task -> Thread.ofPlatform().daemon(true).name("startup").start(task));
        try (Terminal terminal = openTerminal()) {
            boolean dumb = terminal.getType().startsWith(Terminal.TYPE_DUMB);
            TerminalOutput out = new TerminalOutput(terminal, Style.of(opts.color() && !dumb), !dumb);
            shown[0] = out;
            deferred.bind(out);
            App app = building.join();
            reader[0] = lineReader(terminal, app, opts, opts.color() && !dumb);
            return loop(terminal, reader[0], app, out);
        } catch (IOException | RuntimeException e) {
            // A closed or vanished terminal (the window was closed) ends the shell quietly.
            System.err.println("threadlab: the terminal went away: " + e.getMessage());
            return 1;
        }
    }

    private static Terminal openTerminal() throws IOException {
        TerminalCapabilities.preload(System.getenv("TERM"));
        // JNI first, FFM as the fallback: measured with the AOT cache, JNI opens the terminal in
        // about 70 ms and FFM in about 150 ms (FFM generates its downcall stubs at run time).
        // Never the deprecated jansi/jna providers, nor the exec provider, whose stty child
        // processes cost start-up time. One provider per attempt keeps JLine from loading the
        // fallback when the first works.
        try {
            return TerminalBuilder.builder().name("threadlab").system(true).provider("jni").dumb(false).build();
        } catch (IOException | RuntimeException | LinkageError jniFailed) {
            return TerminalBuilder.builder().name("threadlab").system(true).provider("ffm").dumb(true).build();
        }
    }

    private static LineReader lineReader(Terminal terminal, App app, Settings opts, boolean color) throws IOException {
        Files.createDirectories(opts.dataDir());
        DefaultParser parser = new DefaultParser();
        parser.setEofOnUnclosedQuote(false);
        parser.setEofOnEscapedNewLine(false);
        LineReaderBuilder builder = LineReaderBuilder.builder();
        if (!color) {
            // NO_COLOR covers JLine's own colours too: its completion menu is cyan and grey by default.
            for (String style : List.of(LineReader.COMPLETION_STYLE_STARTING, LineReader.COMPLETION_STYLE_DESCRIPTION,
                    LineReader.COMPLETION_STYLE_GROUP, LineReader.COMPLETION_STYLE_BACKGROUND,
                    LineReader.COMPLETION_STYLE_LIST_STARTING, LineReader.COMPLETION_STYLE_LIST_DESCRIPTION,
                    LineReader.COMPLETION_STYLE_LIST_GROUP, LineReader.COMPLETION_STYLE_LIST_BACKGROUND)) {
                builder.variable(style, "0");
            }
        }
        LineReader reader = builder
                .terminal(terminal)
                .appName("threadlab")
                .parser(parser)
                .completer(new CommandCompleter(app.completions(), app.session().registry()))
                .variable(LineReader.HISTORY_FILE, opts.dataDir().resolve("history"))
                .variable(LineReader.HISTORY_SIZE, 2000)
                .variable(LineReader.HISTORY_FILE_SIZE, 2000)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.HISTORY_IGNORE_SPACE, true)
                // The fresh-line mark is a grey '~' that JLine colours however it is configured.
                .option(LineReader.Option.AUTO_FRESH_LINE, color)
                .build();
        // Fish-like: the rest of the last matching history line appears greyed after the
        // cursor, and → (or End) takes it. Without colour it would look typed, so it stays off.
        if (color) {
            reader.setAutosuggestion(LineReader.SuggestionType.HISTORY);
            acceptSuggestionWith(reader, LineReader.FORWARD_CHAR);
            acceptSuggestionWith(reader, LineReader.END_OF_LINE);
        }
        runPastedLines(reader);
        return reader;
    }

    /**
     * A bracketed paste arrives as one buffer, newlines included, and JLine leaves it for
     * editing. A paste that ends with a newline was meant to be run, as if each line had been
     * typed with its Enter: it is accepted at once, and the loop runs its lines in order. A
     * paste without one stays on the line, to be edited and run with Enter.
     */
    private static void runPastedLines(LineReader reader) {
        org.jline.reader.Widget paste = reader.getWidgets().get(LineReader.BEGIN_PASTE);
        org.jline.reader.Widget accept = reader.getWidgets().get(LineReader.ACCEPT_LINE);
        reader.getWidgets().put(LineReader.BEGIN_PASTE, () -> {
            boolean done = paste.apply();
            org.jline.reader.Buffer buffer = reader.getBuffer();
            String text = buffer.toString();
            if (buffer.cursor() != buffer.length() || !text.endsWith("\n")) {
                return done;
            }
            int end = text.length();
            while (end > 0 && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
                end--;
            }
            buffer.backspace(text.length() - end);
            return accept.apply();
        });
    }

    /**
     * JLine draws the suggestion but its own → only moves the cursor: at the end of the line,
     * the key now takes the suggestion (the newest history line that starts with what is typed).
     */
    private static void acceptSuggestionWith(LineReader reader, String widget) {
        org.jline.reader.Widget plain = reader.getWidgets().get(widget);
        reader.getWidgets().put(widget, () -> {
            org.jline.reader.Buffer buffer = reader.getBuffer();
            String typed = buffer.toString();
            if (buffer.cursor() == buffer.length() && !typed.isEmpty()) {
                for (var it = reader.getHistory().reverseIterator(); it.hasNext(); ) {
                    String line = it.next().line();
                    if (line.startsWith(typed) && line.length() > typed.length()) {
                        buffer.write(line.substring(typed.length()));
                        return true;
                    }
                }
            }
            return plain.apply();
        });
    }

    private static int loop(Terminal terminal, LineReader reader, App app, TerminalOutput out) {
        greet(app, out);
        Thread shellThread = Thread.currentThread();
        java.util.concurrent.atomic.AtomicInteger interrupts = new java.util.concurrent.atomic.AtomicInteger();
        terminal.handle(Terminal.Signal.INT, signal -> {
            interrupts.incrementAndGet();
            app.session().cancelRunning();
            shellThread.interrupt();
        });
        while (!app.session().quitRequested()) {
            String line;
            try {
                line = reader.readLine(out.style().bold(app.prompt()));
            } catch (UserInterruptException e) {
                continue; // Ctrl-C at the prompt clears the line.
            } catch (EndOfFileException e) {
                break;
            } catch (IllegalStateException | java.io.IOError e) {
                break; // The terminal was closed under us (SIGHUP): leave without a trace.
            }
            // A paste of several lines arrives as one buffer (bracketed paste): run each line, in
            // order, each shown after the prompt it runs at, so that its output sits under it.
            List<String> commands = line.lines().filter(l -> !l.isBlank()).toList();
            int before = interrupts.get();
            for (String command : commands) {
                if (app.session().quitRequested() || interrupts.get() != before) {
                    break; // Ctrl-C stops the rest of a paste too
                }
                if (commands.size() > 1) {
                    out.println(out.style().dim(app.prompt()) + command);
                }
                out.commandStarted(command);
                try {
                    app.execute(command);
                } finally {
                    out.commandEnded();
                }
            }
            Thread.interrupted(); // A Ctrl-C that arrived as the command ended must not leak into the next.
            terminal.flush();
        }
        out.status("bye");
        return 0;
    }

    private static void greet(App app, TerminalOutput out) {
        Style s = out.style();
        out.println(s.heading("threadlab") + " · concurrency on the JVM, measured on your own machine");
        out.status("'lessons' lists the chapters · 'help' lists the commands · Tab completes · Ctrl-D leaves");
        app.session().progress().lesson().ifPresent(id -> out.status("you were in '" + id + "', page "
                + app.session().progress().page() + ": type 'page' to carry on"));
    }

    private static Optional<String> ask(LineReader reader, TerminalOutput out, String question) {
        if (reader == null || out == null) {
            return Optional.empty(); // asked while the terminal was still opening: no one can answer yet
        }
        out.pause(); // the answer's line is the learner's, not the progress line's
        try {
            return Optional.of(reader.readLine(question));
        } catch (UserInterruptException | EndOfFileException e) {
            return Optional.empty();
        } finally {
            out.resume();
        }
    }
}
