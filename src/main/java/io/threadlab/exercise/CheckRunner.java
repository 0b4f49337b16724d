package io.threadlab.exercise;

import io.threadlab.exercise.api.CheckProtocol;
import io.threadlab.process.ChildJvms;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a compiled checker in a child JVM with a heap cap and a deadline, and turns whatever
 * happens (pass, fail, hang, crash, System.exit) into a {@link Verdict}. The shell's own JVM
 * never runs the learner's code.
 */
public final class CheckRunner {
    private static final int MAX_OUTPUT_LINES = 20;

    private CheckRunner() {}

    public static Verdict run(Path classes, String checkClass, int deadlineSeconds, List<String> jvmFlags,
                              Runnable[] cancelHook) throws IOException, InterruptedException {
        String classPath = classes + java.io.File.pathSeparator + CheckerClassPath.get();
        List<String> flags = new ArrayList<>(List.of("-Xmx256m", "-Xss1m"));
        flags.addAll(jvmFlags);
        ChildJvms children = new ChildJvms();
        Process child = children.launch(flags, classPath, CheckProtocol.MAIN,
                CheckProtocol.arguments(checkClass, deadlineSeconds * 1000L), ProcessBuilder.Redirect.DISCARD);
        cancelHook[0] = child::destroyForcibly;
        List<String> verdict = new ArrayList<>();
        List<String> printed = new ArrayList<>();
        String kind = null;
        // The child stops itself at the deadline; this is the backstop if it cannot.
        Thread killer = Thread.ofPlatform().daemon(true).name("check-deadline").start(() -> {
            try {
                if (!child.waitFor(deadlineSeconds + 5L, TimeUnit.SECONDS)) {
                    child.destroyForcibly();
                }
            } catch (InterruptedException ignored) {
                // The check ended first.
            }
        });
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                int mark = line.indexOf(CheckProtocol.MARK);
                String rest = mark < 0 ? "" : line.substring(mark + CheckProtocol.MARK.length());
                int space = rest.indexOf(' ');
                if (space > 0 && CheckProtocol.kindOf(rest.substring(0, space)).isPresent()) {
                    kind = rest.substring(0, space);
                    verdict.add(rest.substring(space + 1));
                    if (mark > 0) {
                        printed.add(line.substring(0, mark));
                    }
                } else if (printed.size() < MAX_OUTPUT_LINES) {
                    printed.add(line);
                }
            }
        } finally {
            if (!child.waitFor(2, TimeUnit.SECONDS)) {
                ChildJvms.kill(child);
            }
            children.close();
            killer.interrupt();
            cancelHook[0] = null;
        }
        if (kind == null) {
            int code = child.isAlive() ? -1 : child.exitValue();
            return new Verdict(Verdict.Kind.FAIL, "the check's JVM stopped (exit code " + code + ") without a verdict", printed);
        }
        return new Verdict(switch (CheckProtocol.Kind.valueOf(kind)) {
            case PASS -> Verdict.Kind.PASS;
            case TIMEOUT -> Verdict.Kind.TIMEOUT;
            case FAIL -> Verdict.Kind.FAIL;
        }, String.join("\n", verdict), printed);
    }
}
