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
    /**
     * The child's stderr goes to a file, not a pipe: a pipe needs a reader thread, and that
     * thread lives until every process holding the pipe (the pool's workers too) is gone.
     */
    private final Path errors;
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
        errors = Files.createTempFile(dir, "stderr-", ".txt");
        builder.redirectError(errors.toFile());
        Runnable undo = cancellation.onCancel(children::close);
        try {
            process = children.start(builder);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(errors);
            throw e;
        } finally {
            undo.run();
        }
        in = process.getOutputStream();
        out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
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
        String last = lastError().map(l -> ": " + Printable.of(l, 200)).orElse("");
        return new IOException(engine.label() + " (pid " + process.pid() + ") " + state + last);
    }

    /** The last line the child wrote to stderr (read from the file's last 4 KB), which explains a crash. */
    private java.util.Optional<String> lastError() {
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(errors.toFile(), "r")) {
            long from = Math.max(0, file.length() - 4096);
            byte[] tail = new byte[(int) (file.length() - from)];
            file.seek(from);
            file.readFully(tail);
            return new String(tail, StandardCharsets.UTF_8).lines().map(String::strip).filter(l -> !l.isEmpty())
                    .reduce((a, b) -> b);
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }

    @Override
    public void close() {
        children.close();
        try {
            Files.deleteIfExists(errors);
        } catch (IOException e) {
            // The folder goes at exit anyway.
        }
    }
}
