package io.threadlab.experiment.workloads;

import io.threadlab.command.Opt;
import io.threadlab.command.ValueType;
import io.threadlab.experiment.Params;
import io.threadlab.experiment.Task;
import io.threadlab.experiment.TaskSet;
import io.threadlab.experiment.Workload;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Downloads pages and reads each one's {@code <title>}: the I/O-bound seed of the articles.
 * By default the pages come from threadlab's own {@link PageServer} on loopback, so the
 * latency is known and nothing leaves the machine; {@code --url} fetches real sites instead.
 * The result counts the pages whose title was read (and, for local pages, was the right one).
 */
public final class Fetch implements Workload {
    private static final Pattern TITLE = Pattern.compile("<title[^>]*>(.*?)</title>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    public static final Opt<Long> REQUESTS = Opt.number("requests", "how many pages to fetch", 20, 1, 100_000);
    public static final Opt<List<Long>> LATENCY = Opt.numbers("latency",
            "server latency in ms, or a per-page table cycled over the pages", List.of(50L), 0, 10_000);
    public static final Opt<Long> JITTER = Opt.number("jitter", "random +/- ms added to each latency (the same on every run)", 0, 0, 10_000);
    public static final Opt<Long> SIZE = Opt.number("size", "page size in KB", 16, 1, 10_240);
    public static final Opt<List<String>> URL = Opt.repeated("url", "URL",
            "download this real page instead of the local server (needs a network)",
            ValueType.text("an http(s) URL", Fetch::urlProblem));
    /** The local server's address, which the parent opens and its worker JVMs share. */
    public static final Opt<String> BASE = new Opt<>("base", "URL", "the page server's address",
            ValueType.text("an http(s) URL", Fetch::urlProblem), null, null, false, true);

    private final Params params;
    private final int requests;
    private final List<String> urls;
    private PageServer server;
    private String base;
    private HttpClient client;

    public Fetch(Params params) {
        this.params = params;
        this.requests = params.get(REQUESTS).intValue();
        this.urls = params.get(URL);
        this.base = params.has(BASE) ? params.get(BASE) : null;
    }

    static String urlProblem(String url) {
        try {
            URI uri = URI.create(url);
            boolean web = List.of("http", "https").contains(String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT));
            return web && uri.getHost() != null ? null : "is not an http(s) URL";
        } catch (IllegalArgumentException e) {
            return "is not an http(s) URL";
        }
    }

    @Override
    public void open() throws Exception {
        if (urls.isEmpty() && base == null) {
            long[] latencies = params.get(LATENCY).stream().mapToLong(Long::longValue).toArray();
            server = new PageServer(latencies, params.get(JITTER), params.get(SIZE).intValue());
            base = server.baseUrl();
        }
        client();
    }

    private HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10))
                    .followRedirects(HttpClient.Redirect.NORMAL)
                    .build();
        }
        return client;
    }

    @Override
    public void close() {
        if (client != null) {
            client.shutdownNow();
            client.close();
            client = null;
        }
        if (server != null) {
            server.close();
            server = null;
        }
    }

    private int pageCount() {
        return urls.isEmpty() ? requests : urls.size();
    }

    private HttpRequest request(int i) {
        String url = urls.isEmpty() ? base + i : urls.get(i);
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build();
    }

    private BigInteger score(int i, HttpResponse<String> response) {
        Matcher m = TITLE.matcher(response.body());
        if (response.statusCode() != 200 || !m.find()) {
            return BigInteger.ZERO;
        }
        boolean right = !urls.isEmpty() || m.group(1).strip().equals("Page " + i);
        return right ? BigInteger.ONE : BigInteger.ZERO;
    }

    /** A failed download becomes one readable line naming the page, not an exception class. */
    private HttpResponse<String> send(int page) throws java.io.IOException, InterruptedException {
        try {
            return client().send(request(page), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.IOException("could not fetch " + request(page).uri() + ": " + reason(e));
        }
    }

    static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getMessage() == null) {
            root = root.getCause();
        }
        return switch (root) {
            case java.net.ConnectException c -> "connection refused";
            case java.net.http.HttpTimeoutException t -> "timed out";
            case java.net.UnknownHostException u -> "unknown host " + u.getMessage();
            default -> root.getMessage() != null ? root.getMessage() : "the connection failed";
        };
    }

    @Override
    public TaskSet tasks(int workers) {
        List<Task> tasks = new ArrayList<>();
        for (int i = 0; i < pageCount(); i++) {
            int page = i;
            tasks.add(ctx -> {
                HttpResponse<String> response = ctx.blocking(() -> send(page));
                return score(page, response);
            });
        }
        return TaskSet.summing(tasks);
    }

    @Override
    public Optional<AsyncForm> async() {
        return Optional.of(cancellation -> {
            List<Supplier<CompletableFuture<BigInteger>>> out = new ArrayList<>();
            for (int i = 0; i < pageCount(); i++) {
                int page = i;
                out.add(() -> client().sendAsync(request(page), HttpResponse.BodyHandlers.ofString())
                        .exceptionallyCompose(e -> CompletableFuture.failedFuture(new java.io.IOException(
                                "could not fetch " + request(page).uri() + ": " + reason(e))))
                        .thenApply(r -> score(page, r)));
            }
            return out;
        });
    }

    @Override
    public Optional<String> verify(BigInteger result, int workers) {
        if (!urls.isEmpty() || result.intValue() == requests) {
            return Optional.empty();
        }
        return Optional.of("only " + result + " of " + requests + " pages had the right title");
    }

    @Override
    public String describe(BigInteger result) {
        return String.format(Locale.ROOT, "%,d of %,d pages fetched with their title read", result, pageCount());
    }

    @Override
    public Params forWorkers(Params planned) {
        return base == null || !urls.isEmpty() ? planned : planned.with(BASE, base);
    }
}
