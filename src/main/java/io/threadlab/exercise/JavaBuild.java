package io.threadlab.exercise;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * Compiles the learner's files together with an exercise's checker, in this JVM (javax.tools),
 * into a fresh folder. Errors in the learner's files are shown against their own file and
 * line, with the line and a caret, the way javac prints them.
 */
public final class JavaBuild {
    /** The outcome: the class folder, or the problems to show. */
    public record Result(Path classes, List<String> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    /** Enough for code nested a few thousand levels deep; javac's default overflows near 1,000, 16 MB near 20,000. */
    private static final long JAVAC_STACK_BYTES = 16L << 20;

    private JavaBuild() {}

    /** {@code preview} allows the release's preview APIs (the check's JVM must then enable them too). */
    public static Result compile(List<Path> learnerFiles, Path checkDir, Path out, boolean preview) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            return new Result(out, List.of("this Java runtime has no compiler; threadlab needs a JDK, not a JRE"));
        }
        List<JavaFileObject> sources = new ArrayList<>();
        for (Path file : learnerFiles) {
            String name = file.getFileName().toString();
            if (Files.isDirectory(file)) {
                return new Result(out, List.of(name + " is a folder, not a file (in " + file.getParent()
                        + "); remove it, or 'reset' the exercise to get the starter back"));
            }
            if (!Files.exists(file)) {
                return new Result(out, List.of(name + " is missing from " + file.getParent()
                        + "; put it back (renamed?), or 'reset' the exercise to get the starter back"));
            }
            try {
                sources.add(source(name, Files.readString(file, StandardCharsets.UTF_8), true));
            } catch (java.nio.charset.MalformedInputException e) {
                return new Result(out, List.of(name + " is not UTF-8 text; save it as UTF-8 and check again"));
            } catch (IOException e) {
                return new Result(out, List.of("cannot read " + file + " (" + e.getClass().getSimpleName() + ")"));
            }
        }
        if (checkDir != null) {
            try (Stream<Path> checks = Files.list(checkDir)) {
                for (Path file : checks.filter(f -> f.getFileName().toString().endsWith(".java")).sorted().toList()) {
                    sources.add(source(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8), false));
                }
            }
        }
        Files.createDirectories(out);
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<String> options = new java.util.ArrayList<>(List.of("-d", out.toString(), "-cp", CheckerClassPath.get(),
                "--release", Integer.toString(Runtime.version().feature()), "-g", "-proc:none", "-implicit:none"));
        if (preview) {
            options.addAll(List.of("--enable-preview", "-Xlint:-preview")); // no "uses preview features" note per file
        }
        // javac recurses once per level of nesting: give it a deep stack, and keep its own
        // messages (a crash prints a long trace) off the terminal.
        java.io.StringWriter javacLog = new java.io.StringWriter();
        Throwable[] crash = new Throwable[1];
        boolean[] success = new boolean[1];
        Thread compiler = new Thread(null, () -> {
            try {
                success[0] = javac.getTask(javacLog, null, diagnostics, options, null, sources).call();
            } catch (Throwable t) {
                crash[0] = t;
            }
        }, "javac", JAVAC_STACK_BYTES);
        compiler.start();
        boolean interrupted = false;
        while (compiler.isAlive()) { // javac cannot be interrupted, and it ends soon
            try {
                compiler.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        List<String> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() == Diagnostic.Kind.ERROR) {
                errors.add(format(d));
            }
        }
        if (errors.isEmpty() && !success[0]) {
            boolean deep = crash[0] instanceof StackOverflowError || javacLog.toString().contains("StackOverflowError")
                    || (crash[0] != null && crash[0].getCause() instanceof StackOverflowError);
            errors.add(deep ? "javac ran out of stack on your code: is something nested thousands of levels deep?"
                    + " Write it as a loop or split it up"
                    : "javac could not compile your code (" + (crash[0] != null ? crash[0].getClass().getSimpleName()
                    : javacLog.toString().lines().findFirst().orElse("no reason given")) + ")");
        }
        return new Result(out, errors);
    }

    private static String format(Diagnostic<? extends JavaFileObject> d) {
        LearnerSource src = (LearnerSource) d.getSource();
        String message = d.getMessage(Locale.ENGLISH);
        if (src == null) {
            return "error: " + message;
        }
        if (!src.learner) {
            return "the checker could not use your code (" + src.name + ":" + d.getLineNumber() + "): "
                    + message.lines().findFirst().orElse(message)
                    + "; keep the class, method names and signatures the task asks for";
        }
        StringBuilder out = new StringBuilder(src.name + ":" + d.getLineNumber() + ": error: " + message);
        List<String> lines = src.text.lines().toList();
        long line = d.getLineNumber();
        if (line >= 1 && line <= lines.size()) {
            // javac counts columns with tabs expanded to stops of 8; expand them the same way, so that
            // the caret lands under the right character whatever the terminal does with a tab.
            String code = expandTabs(lines.get((int) line - 1));
            out.append('\n').append("    ").append(code);
            long column = d.getColumnNumber();
            if (column >= 1) {
                out.append('\n').append("    ").append(" ".repeat((int) Math.min(column - 1, code.length()))).append('^');
            }
        }
        return out.toString();
    }

    static String expandTabs(String line) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t') {
                sb.append(" ".repeat(8 - sb.length() % 8));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static JavaFileObject source(String name, String text, boolean learner) {
        return new LearnerSource(name, text, learner);
    }

    private static final class LearnerSource extends SimpleJavaFileObject {
        final String name;
        final String text;
        final boolean learner;

        LearnerSource(String name, String text, boolean learner) {
            super(URI.create("string:///" + name), Kind.SOURCE);
            this.name = name;
            this.text = text;
            this.learner = learner;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }
    }
}
