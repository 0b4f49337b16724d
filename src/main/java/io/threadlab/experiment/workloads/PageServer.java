package io.threadlab.experiment.workloads;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A stand-in for the web sites the Python articles download: an HTTP server on the
 * loopback interface only, on a random port, that answers {@code /page/N} with an HTML page
 * of a set size after a set latency. Each reply waits on its own virtual thread, so the
 * server itself never limits how many requests overlap. It runs only while an experiment
 * needs it.
 */
public final class PageServer implements AutoCloseable {
    static {
        // Without TCP_NODELAY, Nagle's algorithm meets the client's delayed ACK and every
        // reply waits an extra ~40 ms, which would swamp the latency being taught.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final ExecutorService handlers;
    private final long[] latencies;
    private final long jitter;
    private final int sizeBytes;

    public PageServer(long[] latenciesMillis, long jitterMillis, int sizeKb) throws IOException {
        this.latencies = latenciesMillis.clone();
        this.jitter = jitterMillis;
        this.sizeBytes = sizeKb * 1024;
        this.handlers = Executors.newVirtualThreadPerTaskExecutor();
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 512);
        server.setExecutor(handlers);
        server.createContext("/page/", this::handle);
        server.start();
    }

    public InetSocketAddress address() {
        return server.getAddress();
    }

    public String baseUrl() {
        return "http://" + address().getHostString() + ":" + address().getPort() + "/page/";
    }

    /** The latency of page {@code n}: its table entry plus a jitter that is the same on every run. */
    public long latencyOf(int n) {
        long base = latencies[n % latencies.length];
        if (jitter == 0) {
            return base;
        }
        long offset = new SplittableRandom(n * 0x9E3779B97F4A7C15L).nextLong(-jitter, jitter + 1);
        return Math.max(0, base + offset);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            int n;
            try {
                n = Integer.parseInt(path.substring("/page/".length()));
            } catch (NumberFormatException e) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            try {
                Thread.sleep(latencyOf(n));
            } catch (InterruptedException e) {
                return; // The server is stopping: drop the pending reply.
            }
            byte[] body = page(n, sizeBytes);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    static byte[] page(int n, int size) {
        String head = "<!doctype html><html><head><title>Page " + n + "</title></head><body><p>";
        String tail = "</p></body></html>\n";
        int fill = Math.max(0, size - head.length() - tail.length());
        char[] text = new char[fill];
        Arrays.fill(text, 'x');
        return (head + new String(text) + tail).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.stop(0);
        handlers.shutdownNow();
    }
}
