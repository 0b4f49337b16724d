package io.threadlab.launcher;

import io.threadlab.command.Opt;
import io.threadlab.command.StartOptions;
import io.threadlab.lesson.Course;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;

/** The launcher's options, parsed with Commons CLI. Words after the options form a one-shot command. */
public record LaunchOptions(
        boolean help,
        boolean version,
        boolean color,
        Path dataDir,
        Path lessonsDir,
        Path script,
        boolean checkLessons,
        Path checkLessonsDir,
        Path workspace,
        List<String> command) {

    public static Options options() {
        Options o = new Options();
        o.addOption(Option.builder("h").longOpt("help").desc("show this help and exit").get());
        o.addOption(Option.builder().longOpt("version").desc("print the version and exit").get());
        o.addOption(Option.builder().longOpt("no-color").desc("plain output, no colours (NO_COLOR does the same)").get());
        o.addOption(Option.builder().longOpt("data-dir").hasArg().argName("DIR")
                .desc("where history and progress live (default $XDG_DATA_HOME/threadlab, else ~/.local/share/threadlab)").get());
        o.addOption(Option.builder().longOpt("lessons").hasArg().argName("DIR")
                .desc("load lessons from this folder instead of the bundled ones").get());
        o.addOption(Option.builder().longOpt("workspace").hasArg().argName("DIR")
                .desc("put exercise files in DIR (remembered for later starts; 'workspace' in the shell shows or changes it)").get());
        o.addOption(Option.builder().longOpt("script").hasArg().argName("FILE")
                .desc("run the file's commands as if typed, then exit").get());
        o.addOption(Option.builder().longOpt("check-lessons").hasArg().optionalArg(true).argName("DIR")
                .desc("validate lessons (the bundled ones, or DIR), print file:line: problem for each error").get());
        return o;
    }

    /** The same options as {@link #options()}, for the completion script and the man page. */
    public static StartOptions described() {
        List<Opt<?>> out = new java.util.ArrayList<>();
        for (Option o : options().getOptions()) {
            out.add(o.hasArg() ? StartOptions.path(o.getLongOpt(), o.getArgName(), o.getDescription())
                    : Opt.flag(o.getLongOpt(), o.getDescription()));
        }
        return new StartOptions(out);
    }

    public static LaunchOptions parse(String[] args, Map<String, String> env) throws ParseException {
        CommandLine cl = DefaultParser.builder().get().parse(options(), args, true);
        boolean color = !cl.hasOption("no-color") && (env.get("NO_COLOR") == null || env.get("NO_COLOR").isEmpty());
        if (cl.hasOption("data-dir") && cl.getOptionValue("data-dir").isBlank()) {
            throw new ParseException("--data-dir needs a folder, not an empty name");
        }
        Path dataDir = cl.hasOption("data-dir") ? Path.of(cl.getOptionValue("data-dir")) : defaultDataDir(env);
        if (java.nio.file.Files.exists(dataDir) && !java.nio.file.Files.isDirectory(dataDir)) {
            throw new ParseException((cl.hasOption("data-dir") ? "--data-dir " : "the data dir ") + dataDir
                    + " is a file; give a folder with --data-dir (it is created if missing)");
        }
        return new LaunchOptions(
                cl.hasOption("help"),
                cl.hasOption("version"),
                color,
                dataDir.toAbsolutePath(),
                cl.hasOption("lessons") ? Path.of(cl.getOptionValue("lessons")) : null,
                cl.hasOption("script") ? Path.of(cl.getOptionValue("script")) : null,
                cl.hasOption("check-lessons"),
                cl.getOptionValue("check-lessons") == null ? null : Path.of(cl.getOptionValue("check-lessons")),
                cl.hasOption("workspace") ? Path.of(cl.getOptionValue("workspace")) : null,
                cl.getArgList());
    }

    /** The bundled course, or the one in --lessons DIR. */
    public Course course() {
        return lessonsDir == null ? Course.bundled() : Course.at(lessonsDir);
    }

    static Path defaultDataDir(Map<String, String> env) {
        String xdg = env.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "threadlab");
        }
        return Path.of(System.getProperty("user.home"), ".local", "share", "threadlab");
    }
}
