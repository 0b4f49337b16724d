package io.threadlab.experiment.python;

import com.fasterxml.jackson.jr.ob.JSON;
import io.threadlab.command.Printable;
import io.threadlab.experiment.Cancellation;
import io.threadlab.experiment.Engine;
import io.threadlab.process.ChildProcesses;
import io.threadlab.process.TempDirs;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.CancellationException;

/**
 * One CPython process running the bundled script, for one row. It talks JSON lines (see the
 * script). It is owned like the worker JVMs are: closing it, a Ctrl-C, or the shell's exit
 * kills it with its pool's processes; and the script itself exits when its stdin closes, so
 * even a shell killed with SIGKILL leaves none behind.
 */
public final class PythonChild implements AutoCloseable {
    static final String SCRIPT = "threadlab_cpython.py";
    private static Path folder;

    private final ChildProcesses children = new ChildProcesses();
    private final Process process;
    private final OutputStream in;
    private final BufferedReader out;
    private final Deque<String> errors = new ArrayDeque<>();
    private final Cancellation cancellation;
    private final Engine engine;

    public PythonChild(Engine engine, Cancellation cancellation) throws IOException {
        this.engine = engine;
        this.cancellation = cancellation;
        Path dir = folder();
        ProcessBuilder builder = new ProcessBuilder(engine.command(), "-I", "-B", "-u", dir.resolve(SCRIPT).toString())
                .directory(dir.toFile());
        // The pool's semaphores and sockets, if any, go where the shell cleans up.
        builder.environment().put("TMPDIR", dir.toString());
        Runnable undo = cancellation.onCancel(children::close);
        try {
            process = children.start(builder);
        } finally {
            undo.run();
        }
        in = process.getOutputStream();
        out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        Thread.ofPlatform().daemon(true).name("python-stderr").start(() -> keepLastLines(process.getErrorStream()));
        Map<String, Object> hello = reply();
        if (!"threadlab".equals(hello.get("hello"))) {
            close();
            throw new IOException(engine.label() + " did not start threadlab's script: " + hello);
        }
    }

    /** The folder holding the script, made once per shell and deleted when it exits. */
    private static synchronized Path folder() throws IOException {
        if (folder == null || !Files.isRegularFile(folder.resolve(SCRIPT))) {
            Path dir = TempDirs.create("python");
            try (InputStream script = PythonChild.class.getResourceAsStream(SCRIPT)) {
                if (script == null) {
                    throw new IOException("the CPython script is missing from threadlab's jar");
                }
                Files.copy(script, dir.resolve(SCRIPT));
            }
            folder = dir;
        }
        return folder;
    }

    /** Sends one request and waits for its answer; a Ctrl-C kills the child, which ends the wait. */
    public Map<String, Object> request(Map<String, Object> request) throws IOException {
        Runnable undo = cancellation.onCancel(children::close);
        try {
            in.write((JSON.std.asString(request) + "\n").getBytes(StandardCharsets.UTF_8));
            in.flush();
            Map<String, Object> answer = reply();
            if (!Boolean.TRUE.equals(answer.get("ok"))) {
                throw new IOException(engine.label() + ": " + Printable.of(String.valueOf(answer.get("error")), 300));
            }
            return answer;
        } catch (IOException e) {
            cancellation.check();
            throw e;
        } finally {
            undo.run();
        }
    }

    private Map<String, Object> reply() throws IOException {
        String line;
        try {
            line = out.readLine();
        } catch (IOException e) {
            line = null;
        }
        if (line == null) {
            if (cancellation.isCancelled()) {
                throw new CancellationException();
            }
            throw died();
        }
        try {
            return JSON.std.mapFrom(line);
        } catch (IOException e) {
            throw new IOException(engine.label() + " sent a line threadlab cannot read: " + Printable.of(line, 120));
        }
    }

    private IOException died() {
        String state;
        try {
            state = process.waitFor(500, java.util.concurrent.TimeUnit.MILLISECONDS)
                    ? "exited with code " + process.exitValue() : "stopped answering";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            state = "stopped answering";
        }
        String last;
        synchronized (errors) {
            last = errors.isEmpty() ? "" : ": " + Printable.of(errors.peekLast(), 200);
        }
        return new IOException(engine.label() + " (pid " + process.pid() + ") " + state + last);
    }

    /** The child's stderr, drained so it never blocks; the last lines explain a crash. */
    private void keepLastLines(InputStream err) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(err, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                synchronized (errors) {
                    errors.addLast(line.length() > 1000 ? line.substring(0, 1000) : line);
                    if (errors.size() > 20) {
                        errors.removeFirst();
                    }
                }
            }
        } catch (IOException ignored) {
            // The child is gone.
        }
    }

    @Override
    public void close() {
        children.close();
    }
}
