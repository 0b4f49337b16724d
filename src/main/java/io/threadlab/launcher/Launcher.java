package io.threadlab.launcher;

import io.threadlab.app.App;
import io.threadlab.command.StartOptions;
import io.threadlab.core.BasicCommands;
import io.threadlab.core.Outcome;
import io.threadlab.core.Session;
import io.threadlab.core.CrashLog;
import io.threadlab.lesson.Course;
import io.threadlab.shell.InteractiveShell;
import io.threadlab.lesson.LessonLibrary;
import io.threadlab.output.Output;
import io.threadlab.output.StreamOutput;
import io.threadlab.output.Style;
import io.threadlab.process.TempDirs;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.ParseException;

/**
 * Decides how threadlab runs: help or version, lesson validation, a one-shot command,
 * a script, commands piped on stdin, or the interactive shell.
 */
public final class Launcher {
    static final String USAGE = "usage: threadlab [options] [COMMAND [ARGS...]]";
    private static final long TIDY_DELAY_MILLIS = 500;

    private Launcher() {}

    public static int run(String[] args) {
        LaunchOptions opts;
        try {
            opts = LaunchOptions.parse(args, System.getenv());
        } catch (ParseException e) {
            System.err.println("threadlab: " + describe(e) + "; see 'threadlab --help'");
            return 2;
        }
        if (!opts.command().isEmpty() && opts.command().getFirst().startsWith("-")) {
            System.err.println("threadlab: unknown option '" + opts.command().getFirst() + "'; see 'threadlab --help'");
            return 2;
        }
        if (opts.help()) {
            printHelp();
            return 0;
        }
        if (opts.version()) {
            System.out.println("threadlab " + BasicCommands.version() + " on Java " + Runtime.version());
            return 0;
        }
        if (opts.lessonsDir() != null && !Files.isDirectory(opts.lessonsDir())) {
            System.err.println("threadlab: --lessons: no such folder: " + opts.lessonsDir());
            return 2;
        }
        CrashLog.useDir(opts.dataDir());
        // Folders of shells killed with SIGKILL, whose hooks never ran: tidied beside the work, and
        // in the interactive shell once the prompt is up, so that listing the temp dir never delays it.
        boolean interactive = opts.command().isEmpty() && opts.script() == null && !opts.checkLessons()
                && Terminals.stdinIsTerminal();
        Thread.ofPlatform().daemon(true).name("tidy-temp").start(() -> {
            try {
                Thread.sleep(interactive ? TIDY_DELAY_MILLIS : 0);
                TempDirs.deleteStale();
            } catch (InterruptedException ignored) {
                // The shell is ending.
            }
        });
        if (opts.workspace() != null && !rememberWorkspace(opts)) {
            return 2;
        }
        Course lessons = opts.course();
        if (opts.checkLessons()) {
            return checkLessons(opts, lessons);
        }
        if (!opts.command().isEmpty()) {
            return oneShot(opts, lessons);
        }
        if (opts.script() != null) {
            return script(opts, lessons);
        }
        if (Terminals.stdinIsTerminal()) {
            return InteractiveShell.run(new InteractiveShell.Settings(opts.dataDir(), opts.color()),
                    asker -> app(asker.output(), opts.dataDir(), lessons, asker));
        }
        return piped(opts, lessons);
    }

    /** The app, told the start-up options so that 'completion' and 'manpage' can list them. */
    private static App app(Output out, Path dataDir, Course course, Session.Asker asker) {
        App app = new App(out, dataDir, course, asker);
        app.session().provide(StartOptions.class, LaunchOptions.described());
        return app;
    }

    private static String describe(ParseException e) {
        if (e instanceof org.apache.commons.cli.UnrecognizedOptionException u) {
            return "unknown option '" + u.getOption() + "'";
        }
        if (e instanceof org.apache.commons.cli.MissingArgumentException m) {
            return "option --" + m.getOption().getLongOpt() + " needs a value (" + m.getOption().getArgName() + ")";
        }
        return e.getMessage();
    }

    private static void printHelp() {
        System.out.println(USAGE);
        System.out.println("An interactive lab for learning concurrency on the JVM. With no COMMAND, starts the shell;");
        System.out.println("with a COMMAND (e.g. 'run primes --format json'), runs it once and prints only its result.");
        System.out.println("options:");
        for (Option o : LaunchOptions.options().getOptions()) {
            String left = (o.getOpt() != null ? "-" + o.getOpt() + ", " : "    ") + "--" + o.getLongOpt()
                    + (o.hasArg() ? (o.hasOptionalArg() ? " [" + o.getArgName() + "]" : " " + o.getArgName()) : "");
            System.out.printf("  %-26s %s%n", left, o.getDescription());
        }
        System.out.println("In the shell, type 'help' for the commands.");
    }

    /** --workspace DIR: the same as typing 'workspace DIR' first, so it is checked and remembered the same way. */
    private static boolean rememberWorkspace(LaunchOptions opts) {
        // Its messages go to stderr, so that a one-shot command's stdout holds only its result.
        PrintStream err = stderr();
        Output toStderr = new StreamOutput(err, err, Style.of(false), Terminals.columns(), true);
        App app = app(toStderr, opts.dataDir(), opts.course(), q -> Optional.empty());
        return app.run("workspace " + quote(opts.workspace().toString())) == Outcome.OK;
    }

    private static int checkLessons(LaunchOptions opts, Course lessons) {
        Path dir = opts.checkLessonsDir();
        if (dir != null && !Files.isDirectory(dir)) {
            System.err.println("threadlab: --check-lessons: no such folder: " + dir);
            return 2;
        }
        Course course = dir != null ? Course.at(dir) : lessons;
        LessonLibrary library = course.lessons().get();
        App app = app(quietOutput(opts), opts.dataDir(), new Course(() -> library, course.exercisesDir()), q -> Optional.empty());
        List<String> problems = app.validate(library);
        problems.forEach(System.out::println);
        if (problems.isEmpty()) {
            System.err.println("threadlab: " + library.all().size() + " lessons, "
                    + library.all().stream().mapToInt(l -> l.pages().size()).sum() + " pages: no problems");
            return 0;
        }
        System.err.println("threadlab: " + problems.size() + " problem(s) in the lessons");
        return 1;
    }

    private static int oneShot(LaunchOptions opts, Course lessons) {
        App app = app(quietOutput(opts), opts.dataDir(), lessons, q -> Optional.empty());
        String line = String.join(" ", opts.command().stream().map(Launcher::quote).toList());
        return app.run(line).exitCode();
    }

    private static int script(LaunchOptions opts, Course lessons) {
        java.io.Reader file;
        try {
            file = Files.newBufferedReader(opts.script(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println("threadlab: --script: cannot read " + opts.script() + ": " + e.getMessage());
            return 2;
        }
        try (file) {
            // A script shows each line after the prompt, as if typed.
            return commands(opts, lessons, new BoundedLines(file), true);
        } catch (IOException e) {
            return 1;
        }
    }

    private static int piped(LaunchOptions opts, Course lessons) {
        return commands(opts, lessons, new BoundedLines(new InputStreamReader(System.in, StandardCharsets.UTF_8)), false);
    }

    /**
     * Runs command lines from a script or a pipe until they end, {@code quit}, or stdout closes
     * (a reader such as {@code head -1} is gone, so nothing more can be shown). Questions take
     * the next line as their answer. A line too long to be a command is refused and skipped.
     */
    private static int commands(LaunchOptions opts, Course lessons, BoundedLines in, boolean echo) {
        StreamOutput out = streamOutput(opts, false);
        long[] number = {0};
        Outcome[] worst = {Outcome.OK};
        java.util.function.Supplier<Optional<String>> nextLine = () -> {
            while (true) {
                Optional<BoundedLines.Line> line = in.next();
                if (line.isEmpty()) {
                    return Optional.empty();
                }
                number[0]++;
                if (line.get().ok()) {
                    return Optional.of(line.get().text());
                }
                out.error(String.format(java.util.Locale.ROOT, "line %,d is %,d characters long; skipped (at most %,d)",
                        number[0], line.get().tooLong(), BoundedLines.MAX));
                worst[0] = worst[0].and(Outcome.USAGE);
            }
        };
        App app = app(out, opts.dataDir(), lessons, q -> {
            out.println(q);
            return nextLine.get();
        });
        Optional<String> line;
        while (!app.session().quitRequested() && !out.closed() && (line = nextLine.get()).isPresent()) {
            if (echo) {
                if (line.get().isBlank()) {
                    continue;
                }
                out.println(out.style().dim(app.prompt()) + line.get());
            }
            worst[0] = worst[0].and(app.run(line.get()));
        }
        return worst[0].exitCode();
    }

    private static Output quietOutput(LaunchOptions opts) {
        return streamOutput(opts, true);
    }

    private static StreamOutput streamOutput(LaunchOptions opts, boolean quiet) {
        boolean color = opts.color() && Terminals.stdoutIsTerminal();
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false, StandardCharsets.UTF_8);
        return new StreamOutput(out, stderr(), Style.of(color), Terminals.columns(), quiet);
    }

    /** UTF-8 on file descriptor 2, whatever System.err's encoding. */
    private static PrintStream stderr() {
        return new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), false, StandardCharsets.UTF_8);
    }

    /** Quotes a word so the shell's tokenizer gives it back unchanged. */
    static String quote(String word) {
        if (!word.isEmpty() && word.chars().noneMatch(c -> Character.isWhitespace(c) || c == '"' || c == '\'' || c == '\\')) {
            return word;
        }
        return "'" + word.replace("'", "'\"'\"'") + "'";
    }
}
