package io.threadlab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.threadlab.TestShell;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real pages (--url) are bounded: a body that never ends, a body that stalls, a redirect loop
 * and a 404 are each one line for the row, and the shell goes on (issue 13, B1 and the fetch
 * cosmetics). Before, the endless page filled the heap and hung the shell for good.
 */
class FetchLimitsTest {
    @TempDir
    Path data;

    private HttpServer server;
    private ExecutorService handlers;
    private String base;

    @BeforeEach
    void misbehavingServer() throws Exception {
        handlers = Executors.newVirtualThreadPerTaskExecutor();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(handlers);
        server.createContext("/infinite", x -> {
            x.sendResponseHeaders(200, 0); // chunked
            byte[] block = "<p>more</p>".repeat(6000).getBytes();
            try (OutputStream out = x.getResponseBody()) {
                while (true) {
                    out.write(block);
                }
            } catch (java.io.IOException closedByClient) {
                // The client gave up: that is the point.
            }
        });
        server.createContext("/stall", x -> {
            x.sendResponseHeaders(200, 0);
            x.getResponseBody().write("<html><title>slow".getBytes());
            x.getResponseBody().flush();
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                // The server stops.
            }
            x.close();
        });
        server.createContext("/loop", x -> {
            x.getResponseHeaders().add("Location", "/loop");
            x.sendResponseHeaders(302, -1);
            x.close();
        });
        server.createContext("/missing", x -> {
            x.sendResponseHeaders(404, -1);
            x.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        System.clearProperty("threadlab.page-deadline");
        server.stop(0);
        handlers.shutdownNow();
    }

    /** What the run printed, with the wrapping at the shell's width undone. */
    private String run(TestShell shell, String path, String mode) {
        return run0(shell, path, mode).replaceAll("\\s+", " ");
    }

    private String run0(TestShell shell, String path, String mode) {
        return shell.run("run fetch --url " + base + path + " --modes " + mode + " --repeat 1 --warmup 0");
    }

    @Test
    void anEndlessPageIsCutAtTheSizeLimit() {
        TestShell shell = new TestShell(data);
        long start = System.nanoTime();
        for (String mode : new String[] {"sequential", "async"}) {
            String out = run(shell, "/infinite", mode);
            assertTrue(out.contains("could not fetch " + base + "/infinite: the page is larger than 16 MB, the limit for one page"),
                    mode + ":\n" + out);
            assertTrue(!out.contains("✓"), out);
        }
        assertTrue((System.nanoTime() - start) / 1e9 < 20, "cut as soon as the limit is passed");
        assertTrue(shell.run("help run").replaceAll("\\s+", " ").contains("at most 30 s and 16 MB"), "the limits are stated in 'help run'");
    }

    @Test
    void aStalledPageMeetsTheDeadline() {
        System.setProperty("threadlab.page-deadline", "2");
        TestShell shell = new TestShell(data);
        long start = System.nanoTime();
        String out = run(shell, "/stall", "threads");
        assertTrue(out.contains("could not fetch " + base + "/stall: it took longer than 2 s, the limit for one page"), out);
        assertTrue((System.nanoTime() - start) / 1e9 < 10, "ended at the deadline");
    }

    @Test
    void aRedirectLoopAndA404AreErrorsNotChecks() {
        TestShell shell = new TestShell(data);
        String loop = run(shell, "/loop", "sequential");
        assertTrue(loop.contains("could not fetch " + base + "/loop: too many redirects (HTTP 302)"), loop);
        String missing = run(shell, "/missing", "sequential");
        assertTrue(missing.contains("could not fetch " + base + "/missing: the server answered HTTP 404"), missing);
        assertTrue(!loop.contains("✓ checked") && !missing.contains("✓ checked"), loop + missing);
        assertEquals(io.threadlab.core.Outcome.FAILED, shell.app.run("run fetch --url " + base + "/missing --modes sequential"
                + " --repeat 1 --warmup 0"), "and the command failed");
    }
}
