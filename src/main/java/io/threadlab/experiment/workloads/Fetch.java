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
    /** Limits for one page, so that a server that streams for ever or stalls cannot hold a run: */
    public static final long MAX_PAGE_BYTES = 16L << 20;
    public static final long PAGE_DEADLINE_SECONDS = 30;

    /** The deadline in force: tests shorten it with {@code -Dthreadlab.page-deadline=SECONDS}. */
    static long pageDeadlineSeconds() {
        return Long.getLong("threadlab.page-deadline", PAGE_DEADLINE_SECONDS);
    }
    public static final Opt<List<String>> URL = Opt.repeated("url", "URL",
            "download this real page instead of the local server (needs a network); each page may take at most "
                    + PAGE_DEADLINE_SECONDS + " s and " + (MAX_PAGE_BYTES >> 20) + " MB",
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
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(pageDeadlineSeconds())).GET().build();
    }

    private BigInteger score(int i, HttpResponse<String> response) {
        if (!urls.isEmpty() && response.statusCode() / 100 != 2) {
            // The client follows up to five redirects, then hands back the last one.
            throw new java.util.concurrent.CompletionException(new java.io.IOException("could not fetch " + response.request().uri()
                    + ": " + (response.statusCode() / 100 == 3 ? "too many redirects (HTTP " + response.statusCode() + ")"
                    : "the server answered HTTP " + response.statusCode())));
        }
        Matcher m = TITLE.matcher(response.body());
        if (response.statusCode() != 200 || !m.find()) {
            return BigInteger.ZERO;
        }
        boolean right = !urls.isEmpty() || m.group(1).strip().equals("Page " + i);
        return right ? BigInteger.ONE : BigInteger.ZERO;
    }

    /**
     * One download, within the page limits, failing with one readable line that names the page.
     * The request's own timeout ends at the headers, so the whole-page deadline cancels the
     * exchange itself, which stops a body that never ends.
     */
    private CompletableFuture<BigInteger> fetch(int page) {
        HttpRequest request = request(page);
        CompletableFuture<HttpResponse<String>> exchange = client().sendAsync(request, LimitedBody.handler(MAX_PAGE_BYTES));
        boolean[] late = new boolean[1];
        // Weakly: a finished page must not stay in memory until its deadline has passed.
        java.lang.ref.WeakReference<CompletableFuture<?>> pending = new java.lang.ref.WeakReference<>(exchange);
        long deadline = pageDeadlineSeconds();
        CompletableFuture.delayedExecutor(deadline, java.util.concurrent.TimeUnit.SECONDS).execute(() -> {
            CompletableFuture<?> f = pending.get();
            if (f != null && !f.isDone()) {
                late[0] = true;
                f.cancel(true);
            }
        });
        return exchange.handle((response, e) -> {
            if (e != null) {
                throw new java.util.concurrent.CompletionException(new java.io.IOException("could not fetch " + request.uri() + ": "
                        + (late[0] ? "it took longer than " + deadline + " s, the limit for one page" : reason(e))));
            }
            return score(page, response);
        });
    }

    /** Waits for one download, cancelling it if this thread is stopped. */
    private BigInteger fetchAndWait(int page) throws java.io.IOException, InterruptedException {
        CompletableFuture<BigInteger> f = fetch(page);
        try {
            return f.get();
        } catch (InterruptedException e) {
            f.cancel(true);
            throw e;
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof java.io.IOException io ? io : new java.io.IOException(reason(e));
        }
    }

    static String reason(Throwable e) {
        // The first cause of a kind we can name, from the outside in; else the innermost message.
        Throwable innermost = e;
        for (Throwable t = e; t != null; t = t.getCause()) {
            String named = switch (t) {
                case java.net.http.HttpConnectTimeoutException x -> "the connection timed out";
                case java.net.http.HttpTimeoutException x -> "timed out";
                case java.net.ConnectException x -> "connection refused";
                case java.net.UnknownHostException x -> "unknown host " + x.getMessage();
                case javax.net.ssl.SSLException x -> "the secure connection failed (" + plain(x.getMessage()) + ")";
                case java.io.EOFException x -> "the server closed the connection";
                case java.net.SocketException x when x.getMessage() != null && x.getMessage().contains("Too many open files") ->
                        "out of file descriptors (see 'ulimit -n')";
                default -> null;
            };
            if (named != null) {
                return named;
            }
            if (t.getMessage() != null && !(t instanceof java.util.concurrent.CompletionException)
                    && !(t instanceof java.util.concurrent.ExecutionException)) {
                innermost = t;
            }
        }
        return innermost.getMessage() != null ? plain(innermost.getMessage()) : "the connection failed";
    }

    /** A message without the class names Java likes to put in them ("java.io.IOException: ..."). */
    static String plain(String message) {
        if (message == null) {
            return "no reason given";
        }
        String m = message.replaceAll("\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*(?:Exception|Error)(?:: ?|$)", "").strip();
        return m.isEmpty() ? "no reason given" : m;
    }

    @Override
    public TaskSet tasks(int workers) {
        List<Task> tasks = new ArrayList<>();
        for (int i = 0; i < pageCount(); i++) {
            int page = i;
            tasks.add(ctx -> ctx.blocking(() -> fetchAndWait(page)));
        }
        return TaskSet.summing(tasks);
    }

    @Override
    public Optional<AsyncForm> async() {
        return Optional.of(cancellation -> {
            List<Supplier<CompletableFuture<BigInteger>>> out = new ArrayList<>();
            for (int i = 0; i < pageCount(); i++) {
                int page = i;
                out.add(() -> fetch(page));
            }
            return out;
        });
    }

    @Override
    public Optional<String> verify(BigInteger result, int workers) {
        if (!urls.isEmpty()) {
            return result.intValue() == urls.size() ? Optional.empty()
                    : Optional.of((urls.size() - result.intValue()) + " of " + urls.size() + " pages had no <title> to read");
        }
        if (result.intValue() == requests) {
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
