package io.threadlab.experiment.workloads;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A page body read as text, up to a size limit. The JDK's own handlers read a body whole,
 * however large, so a server that streams for ever fills the heap; this one cancels the
 * download as soon as the limit is passed and fails with a one-line reason.
 */
final class LimitedBody implements HttpResponse.BodySubscriber<String> {
    private final long limit;
    private final CompletableFuture<String> result = new CompletableFuture<>();
    private final List<ByteBuffer> parts = new ArrayList<>();
    private Flow.Subscription subscription;
    private long received;

    private LimitedBody(long limit) {
        this.limit = limit;
    }

    static HttpResponse.BodyHandler<String> handler(long limit) {
        return info -> new LimitedBody(limit);
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        s.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        for (ByteBuffer b : items) {
            received += b.remaining();
            parts.add(b);
        }
        if (received > limit) {
            parts.clear();
            subscription.cancel();
            result.completeExceptionally(new IOException(String.format(Locale.ROOT,
                    "the page is larger than %d MB, the limit for one page", limit >> 20)));
            return;
        }
        subscription.request(1);
    }

    @Override
    public void onError(Throwable e) {
        parts.clear();
        result.completeExceptionally(e);
    }

    @Override
    public void onComplete() {
        byte[] all = new byte[(int) received];
        int at = 0;
        for (ByteBuffer b : parts) {
            int n = b.remaining();
            b.get(all, at, n);
            at += n;
        }
        parts.clear();
        result.complete(new String(all, StandardCharsets.UTF_8));
    }

    @Override
    public CompletionStage<String> getBody() {
        return result;
    }
}
