package io.threadlab.e2e;

import io.threadlab.lesson.LessonLibrary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Starts the built jar as a user would, with piped stdin, and collects what it printed. */
final class Jar {
    static final Path JAR = Path.of("target", "threadlab.jar").toAbsolutePath();

    record Result(int exit, String out, String err) {}

    static String java() {
        return ProcessHandle.current().info().command().orElse(System.getProperty("java.home") + "/bin/java");
    }

    static List<String> command(List<String> args) {
        List<String> cmd = new ArrayList<>(List.of(java(), "--enable-native-access=ALL-UNNAMED", "-jar", JAR.toString()));
        cmd.addAll(args);
        return cmd;
    }

    static Result run(Path data, String stdin, Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> all = new ArrayList<>(List.of("--data-dir", data.toString()));
        all.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command(all));
        pb.environment().remove("NO_COLOR");
        pb.environment().putAll(env);
        Path out = Files.createTempFile("threadlab-out", ".txt");
        Path err = Files.createTempFile("threadlab-err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("threadlab did not finish: " + String.join(" ", args));
        }
        Result r = new Result(p.exitValue(), Files.readString(out), Files.readString(err));
        Files.delete(out);
        Files.delete(err);
        return r;
    }

    /** How many pages a chapter of the real course has, so tests do not pin the course's length. */
    static int pages(String chapter) {
        return LessonLibrary.load(Path.of("lessons")).byId(chapter).orElseThrow().pages().size();
    }
}
