package io.threadlab.exercise;

import io.threadlab.exercise.api.CheckProtocol;
import io.threadlab.process.ChildProcesses;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Runs a compiled checker in a child JVM with a heap cap and a deadline, and turns whatever
 * happens (pass, fail, hang, crash, System.exit) into a {@link Verdict}. The shell's own JVM
 * never runs the learner's code.
 *
 * <p>The child is boxed in as far as a plain JVM allows. It runs in the check's own folder,
 * with its temp dir inside it, so whatever it leaves is deleted with the folder. Its class path
 * holds the checker API and libraries but not the shell's jar, so the reference solutions are
 * out of reach. Its verdict counts only with a nonce it reads from stdin before the learner's
 * code is loaded. And every process it starts is killed with it: the child makes itself a
 * subreaper on Linux, so orphans stay in its tree, and this side remembers every descendant it
 * has seen, for the platforms and the moments where that does not hold.
 */
public final class CheckRunner {
    /** How long the child has to exit after its own deadline before it is killed from here. */
    private static final long BACKSTOP_SECONDS = 5;
    /** How long the output may still drain once the child and its processes are gone. */
    private static final long DRAIN_MILLIS = 1_000;

    private CheckRunner() {}

    public static Verdict run(Path workDir, Path classes, String checkClass, int deadlineSeconds, List<String> jvmFlags,
                              Runnable[] cancelHook) throws IOException, InterruptedException {
        Path tmp = Files.createDirectories(workDir.resolve("tmp"));
        String classPath = classes + java.io.File.pathSeparator + CheckerClassPath.runtime(workDir.resolve("api"));
        List<String> flags = new ArrayList<>(List.of("-Xmx256m", "-Xss1m", "-Djava.io.tmpdir=" + tmp,
                "--enable-native-access=ALL-UNNAMED"));
        flags.addAll(jvmFlags);
        String nonce = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
        ChildProcesses children = new ChildProcesses();
        Set<ProcessHandle> seen = ConcurrentHashMap.newKeySet();
        Process child = children.launchIn(workDir, flags, classPath, CheckProtocol.MAIN,
                CheckProtocol.arguments(checkClass, deadlineSeconds * 1000L), ProcessBuilder.Redirect.DISCARD);
        cancelHook[0] = () -> killAll(child, seen);
        CheckOutput output = new CheckOutput(nonce);
        Thread reader = Thread.ofPlatform().daemon(true).name("check-output").start(() -> output.readAll(child.getInputStream()));
        try {
            try (OutputStream in = child.getOutputStream()) {
                in.write((nonce + "\n").getBytes(StandardCharsets.US_ASCII));
            } catch (IOException gone) {
                // The child died at once; its exit code tells.
            }
            // The child stops itself at the deadline; the backstop is for when it cannot.
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(deadlineSeconds + BACKSTOP_SECONDS);
            while (!child.waitFor(100, TimeUnit.MILLISECONDS) && System.nanoTime() < end) {
                child.descendants().forEach(seen::add);
            }
        } finally {
            killAll(child, seen);
            children.close();
            cancelHook[0] = null;
        }
        // A process that escaped the kill (started with setsid, say) may still hold the pipe open.
        reader.join(DRAIN_MILLIS);
        if (reader.isAlive()) {
            child.getInputStream().close();
            reader.join(200);
        }
        String kind = output.kind();
        if (kind == null) {
            int code = child.isAlive() ? -1 : child.exitValue();
            return new Verdict(Verdict.Kind.FAIL, "the check's JVM stopped (exit code " + code + ") without a verdict"
                    + (code == 0 ? "; does your code call Runtime.halt, or print the checker's marker itself?" : ""),
                    output.printed());
        }
        return new Verdict(switch (CheckProtocol.Kind.valueOf(kind)) {
            case PASS -> Verdict.Kind.PASS;
            case TIMEOUT -> Verdict.Kind.TIMEOUT;
            case FAIL -> Verdict.Kind.FAIL;
        }, String.join("\n", output.verdict()), output.printed());
    }

    /** Kills every process of the check: those in its tree now, those seen in it before, then the child. */
    private static void killAll(Process child, Set<ProcessHandle> seen) {
        child.descendants().forEach(seen::add);
        seen.forEach(ProcessHandle::destroyForcibly);
        ChildProcesses.kill(child);
        for (ProcessHandle p : seen) {
            try {
                p.onExit().get(1, TimeUnit.SECONDS);
            } catch (Exception stillThere) {
                // Killed with SIGKILL; it cannot outlive that for long.
            }
        }
    }
}
