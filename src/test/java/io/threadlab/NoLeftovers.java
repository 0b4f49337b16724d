package io.threadlab;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Applied to every test (registered through the service file): a test that leaves a thread
 * or a process running fails itself, and what it left is killed, so the next test starts clean.
 */
public final class NoLeftovers implements BeforeEachCallback, AfterEachCallback {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(NoLeftovers.class);
    /** Pools shut down asynchronously (the HTTP client's selector); a busy machine needs a moment. */
    private static final long GRACE_MILLIS = 5_000;

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getStore(NS).put("before", Leaks.snapshot());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Leaks.Snapshot before = context.getStore(NS).get("before", Leaks.Snapshot.class);
        List<String> left = Leaks.leftSince(before, GRACE_MILLIS);
        if (!left.isEmpty()) {
            Leaks.killSince(before);
            fail(context.getDisplayName() + " left running: " + String.join(", ", left));
        }
    }
}
