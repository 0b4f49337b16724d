package io.threadlab.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Drives a program in a real terminal: tmux send-keys to type, capture-pane to read the screen. */
final class Tmux implements AutoCloseable {
    private final String session = "threadlab-it-" + ProcessHandle.current().pid() + "-" + System.nanoTime();

    Tmux(int width, int height, String command) throws IOException, InterruptedException {
        if (exec(List.of("tmux", "-V")).isEmpty()) {
            throw new AssertionError("tmux is needed for the terminal tests (apt-get install tmux)");
        }
        exec(List.of("tmux", "new-session", "-d", "-s", session, "-x", Integer.toString(width), "-y",
                Integer.toString(height), command));
        socketFile = java.nio.file.Path.of(exec(List.of("tmux", "display-message", "-p", "-t", session, "#{socket_path}")).strip());
    }

    /** The server's socket, which tmux leaves behind when its last session ends. */
    private final java.nio.file.Path socketFile;

    void type(String... keys) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("tmux", "send-keys", "-t", session));
        cmd.addAll(List.of(keys));
        exec(cmd);
    }

    /** Sends text literally (no key-name lookup). */
    void text(String text) throws IOException, InterruptedException {
        exec(List.of("tmux", "send-keys", "-t", session, "-l", text));
    }

    /** Types a line and presses Enter, as a user runs a command. */
    void enter(String line) throws IOException, InterruptedException {
        text(line);
        type("Enter");
    }

    /** Pastes text as a terminal does, in one bracketed-paste buffer. */
    void paste(String text) throws IOException, InterruptedException {
        exec(List.of("tmux", "set-buffer", "-b", session, text));
        exec(List.of("tmux", "paste-buffer", "-p", "-d", "-b", session, "-t", session));
    }

    /** Copies everything the program writes to the terminal, escape codes included, into {@code file}. */
    void record(java.nio.file.Path file) throws IOException, InterruptedException {
        exec(List.of("tmux", "pipe-pane", "-t", session, "-O", "cat >> '" + file + "'"));
    }

    String screen() throws IOException, InterruptedException {
        return exec(List.of("tmux", "capture-pane", "-p", "-t", session, "-S", "-200"));
    }

    /** Waits until the screen contains {@code text}; fails with the screen after the timeout. */
    String waitFor(String text, long millis) throws IOException, InterruptedException {
        return waitForCount(text, 1, millis);
    }

    /** Waits until {@code text} appears at least {@code count} times on the screen. */
    String waitForCount(String text, int count, long millis) throws IOException, InterruptedException {
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        String screen = screen();
        while (screen.split(java.util.regex.Pattern.quote(text), -1).length - 1 < count) {
            if (System.nanoTime() > end) {
                throw new AssertionError("screen never showed '" + text + "'" + (count == 1 ? "" : " " + count + " times")
                        + "; it shows:\n" + screen);
            }
            if (paging(screen) && !text.contains("more: ")) {
                type("Space"); // as a reader would: the text may be further down a long page
            }
            Thread.sleep(50);
            screen = screen();
        }
        return screen;
    }

    /** Leaves the pager, if it is waiting, as a reader done with a long page would: with q. */
    void endPage() throws IOException, InterruptedException {
        Thread.sleep(200); // the pager's line comes with the first screen; give the terminal a moment to show it
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
        while (paging(screen()) && System.nanoTime() < end) {
            type("q");
            Thread.sleep(100);
        }
    }

    /** Whether the pager is waiting for a key: its "more" line is the last one on the screen. */
    static boolean paging(String screen) {
        String last = screen.strip().lines().reduce((a, b) -> b).orElse("");
        return last.contains(" more: ") && last.contains("q stop");
    }

    /**
     * The tests' own tmux server, started in a UTF-8 locale: a server left by someone else (or
     * one started from an environment without LANG, as {@code env -i} gives) shows every
     * non-ASCII character, such as the '·' of threadlab's screens, as '?'.
     */
    private static final String SOCKET = "threadlab-it-" + ProcessHandle.current().pid();

    private static String exec(List<String> cmd) throws IOException, InterruptedException {
        List<String> all = new ArrayList<>(cmd);
        if (all.getFirst().equals("tmux")) {
            all.addAll(1, List.of("-L", SOCKET, "-u"));
        }
        Process p;
        try {
            ProcessBuilder pb = new ProcessBuilder(all).redirectErrorStream(true);
            pb.environment().put("LC_ALL", "C.UTF-8");
            p = pb.start();
        } catch (IOException e) {
            return "";
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    @Override
    public void close() throws IOException {
        try {
            exec(List.of("tmux", "kill-session", "-t", session));
            if (socketFile.isAbsolute() && exec(List.of("tmux", "list-sessions")).contains("no server running")) {
                java.nio.file.Files.deleteIfExists(socketFile);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
