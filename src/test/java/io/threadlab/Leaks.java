package io.threadlab;

import java.util.Set;
import java.util.stream.Collectors;

/** The threads threadlab itself starts, by name; none may outlive the run that started it. */
public final class Leaks {
    private Leaks() {}

    public static Set<String> ownThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(n -> n.startsWith("worker-") || n.startsWith("task-") || n.startsWith("dispatch-")
                        || n.startsWith("forkjoin-") || n.startsWith("HttpClient") || n.startsWith("HTTP-Dispatcher"))
                .collect(Collectors.toSet());
    }
}
