package io.threadlab.experiment.python;

import io.threadlab.command.Printable;
import io.threadlab.experiment.Engine;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.TimeUnit;

/**
 * Finds the Python that {@code --python} names and asks it what it is: version,
 * implementation, whether its GIL is on (free-threaded builds say so through
 * {@code sys._is_gil_enabled()}), and its real executable. The answer is kept for the session,
 * since a pyenv shim takes a third of a second to start each time, and the real executable is
 * what the rows start.
 */
public final class PythonFinder {
    /** The oldest Python the bundled script runs on. */
    static final int MIN_MINOR = 8;
    public static final String DEFAULT = "python3";
    /**
     * Valid in Python 2 and 3, so that an old interpreter can say what it is: version,
     * implementation, GIL on (1) or off (0), executable.
     */
    static final String PROBE = "import sys\n"
            + "v = sys.version_info\n"
            + "impl = getattr(getattr(sys, 'implementation', None), 'name', 'cpython')\n"
            + "gil = getattr(sys, '_is_gil_enabled', None)\n"
            + "sys.stdout.write('%d.%d.%d|%s|%d|%s\\n' % (v[0], v[1], v[2], impl, 1 if gil is None else int(bool(gil())),"
            + " sys.executable))\n";
    private static final Map<String, Found> CACHE = new ConcurrentHashMap<>();

    private PythonFinder() {}

    /** An interpreter that can run the rows, or the one line that says why there is none. */
    public sealed interface Found permits Usable, Unusable {}

    public record Usable(Engine engine) implements Found {}

    public record Unusable(String problem) implements Found {}

    /** Only a usable answer is kept: a learner who installs a Python mid-session is seen at once. */
    public static Found find(String command) {
        Found cached = CACHE.get(command);
        if (cached != null) {
            return cached;
        }
        Found found = probe(command);
        if (found instanceof Usable) {
            CACHE.put(command, found);
        }
        return found;
    }

    private static Found probe(String command) {
        String shown = "'" + Printable.of(command) + "'";
        Path exe = resolve(command);
        if (exe == null) {
            return unusable(command.contains("/") ? shown + " does not exist or cannot be run"
                    : shown + " is not on PATH");
        }
        Process p;
        try {
            p = new ProcessBuilder(exe.toString(), "-E", "-s", "-c", PROBE)
                    .redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        } catch (IOException e) {
            return unusable(shown + " cannot be run (" + e.getMessage() + ")");
        }
        // Read on another thread, so that this one waits interruptibly: a Ctrl-C during the probe
        // cancels the command, and the probe is killed, rather than read to its end.
        CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> {
            try (var in = p.getInputStream()) {
                return in.readNBytes(4096); // one short line; a program that is not a Python may print anything
            } catch (IOException e) {
                return new byte[0];
            }
        }, r -> Thread.ofPlatform().daemon(true).name("python-probe").start(r));
        try {
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return unusable(shown + " did not answer within 10 s");
            }
            String text = new String(out.get(2, TimeUnit.SECONDS), StandardCharsets.UTF_8).strip();
            return parse(command, text, p.exitValue());
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new CancellationException("stopped while asking " + shown + " its version");
        } catch (ExecutionException | TimeoutException e) {
            p.destroyForcibly();
            return unusable(shown + " did not answer");
        }
    }

    /** Reads the probe's answer; anything else means the program is not a usable Python. */
    static Found parse(String command, String text, int exitCode) {
        String shown = "'" + Printable.of(command) + "'";
        String[] parts = text.split("\\|", 4);
        if (exitCode != 0 || parts.length != 4 || !parts[0].matches("\\d+\\.\\d+\\.\\d+")) {
            String first = text.lines().findFirst().orElse("");
            return unusable(shown + " did not run as a Python (exit code " + exitCode
                    + (first.isEmpty() ? "" : ": " + Printable.of(first, 120)) + ")");
        }
        String[] v = parts[0].split("\\.");
        int major = Integer.parseInt(v[0]);
        int minor = Integer.parseInt(v[1]);
        String name = implementation(parts[1]);
        if (major < 3 || (major == 3 && minor < MIN_MINOR)) {
            return new Unusable("no usable Python: " + shown + " is " + name + " " + parts[0] + ", and the CPython rows need 3."
                    + MIN_MINOR + " or newer; point --python at a newer one (e.g. --python /usr/bin/python3)");
        }
        String executable = parts[3].isBlank() ? command : parts[3].strip();
        return new Usable(new Engine("python", name, parts[0], !parts[2].equals("0"), executable));
    }

    private static Unusable unusable(String what) {
        return new Unusable("no usable Python: " + what + "; point --python at a Python 3." + MIN_MINOR
                + " or newer (e.g. --python /usr/bin/python3)");
    }

    static String implementation(String id) {
        return switch (id.toLowerCase(Locale.ROOT)) {
            case "cpython" -> "CPython";
            case "pypy" -> "PyPy";
            case "graalpy" -> "GraalPy";
            default -> id.isEmpty() ? "Python" : Character.toUpperCase(id.charAt(0)) + id.substring(1);
        };
    }

    /** The file a command names: a path as given, or the first match on PATH. */
    static Path resolve(String command) {
        if (command.isEmpty()) {
            return null;
        }
        if (command.contains("/")) {
            Path p = Path.of(command);
            return Files.isRegularFile(p) && Files.isExecutable(p) ? p : null;
        }
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path p = Path.of(dir).resolve(command);
            if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }
}
