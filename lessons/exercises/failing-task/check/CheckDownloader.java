import io.threadlab.exercise.api.Check;
import io.threadlab.exercise.api.Failure;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/** All pages when nothing fails; a prompt exception when one page answers 403; no pool thread left either way. */
public class CheckDownloader implements Check {
    @Override
    public String run() throws Exception {
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            urls.add("https://site-" + i + ".example/");
        }
        Function<String, String> ok = url -> {
            pause(20);
            return "<title>" + url + "</title>";
        };
        Map<String, String> pages = call(urls, ok, "no failing page");
        Failure.unless(pages.size() == urls.size(), "fetchAll returned " + pages.size() + " pages for " + urls.size() + " URLs");
        for (String url : urls) {
            Failure.unless(("<title>" + url + "</title>").equals(pages.get(url)), "the page for " + url + " is missing or wrong");
        }
        Function<String, String> forbidden = url -> {
            pause(20);
            if (url.contains("site-5.")) {
                throw new IllegalStateException("403 Forbidden: " + url);
            }
            return "<title>" + url + "</title>";
        };
        try {
            Map<String, String> partial = call(urls, forbidden, "site-5 answering 403");
            throw new Failure("site-5 answered 403, but fetchAll returned " + partial.size()
                    + " pages instead of throwing; the caller cannot tell a page is missing");
        } catch (ExecutionException e) {
            String text = String.valueOf(e.getCause()) + " " + (e.getCause() == null ? "" : e.getCause().getCause());
            Failure.unless(text.contains("403"), "fetchAll threw " + e.getCause() + ", which does not mention the 403 failure");
        }
        return "12 URLs fetched on the pool with every page returned; with one page answering 403, fetchAll threw at once"
                + " (within 3 s); no pool thread left running either time";
    }

    static Map<String, String> call(List<String> urls, Function<String, String> fetch, String what) throws Exception {
        Set<Thread> before = new HashSet<>(Thread.getAllStackTraces().keySet());
        CompletableFuture<Map<String, String>> result = CompletableFuture.supplyAsync(() -> {
            try {
                return Downloader.fetchAll(urls, fetch);
            } catch (Exception e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        });
        try {
            return result.get(3, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new Failure("with " + what + ", fetchAll had not returned or thrown after 3 s; a failed task must not"
                    + " leave the caller waiting");
        } finally {
            Thread.sleep(100);
            for (Thread t : Thread.getAllStackTraces().keySet()) {
                if (result.isDone() && t.isAlive() && !before.contains(t) && !t.isDaemon()) {
                    throw new Failure("thread \"" + t.getName() + "\" was still running after fetchAll finished (" + what
                            + "); shut the pool down");
                }
            }
        }
    }

    static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        }
    }
}
