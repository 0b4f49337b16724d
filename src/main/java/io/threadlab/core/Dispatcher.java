package io.threadlab.core;

import io.threadlab.command.CommandParser;
import io.threadlab.command.CommandSpec;
import io.threadlab.command.Tokenizer;
import io.threadlab.command.CommandFailedException;
import io.threadlab.command.IoReason;
import io.threadlab.command.UsageException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;

/**
 * Runs one command line: split, look up, parse against the command's spec, run. Whatever
 * goes wrong ends as one line through the session's output; the shell never dies on input.
 */
public final class Dispatcher {
    private final Session session;

    public Dispatcher(Session session) {
        this.session = session;
    }

    /** @return true if the command ran to completion and found no failure */
    public boolean execute(String line) {
        return run(line) == Outcome.OK;
    }

    /** Runs a line and says how it ended: a failed check is FAILED, a bad line is USAGE. */
    public Outcome run(String line) {
        session.takeFailed();
        try {
            List<String> words = Tokenizer.split(line);
            if (words.isEmpty() || words.getFirst().startsWith("#")) {
                return Outcome.OK;
            }
            CommandSpec spec = session.registry().resolve(words.getFirst());
            spec.handler().run(CommandParser.parse(spec, words.subList(1, words.size())));
            return session.takeFailed() ? Outcome.FAILED : Outcome.OK;
        } catch (UsageException e) {
            session.out().error(e.getMessage());
            return Outcome.USAGE;
        } catch (CommandFailedException e) {
            session.out().error(e.getMessage());
        } catch (CancellationException e) {
            session.out().error("cancelled" + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            session.out().error("cancelled");
        } catch (UncheckedIOException e) {
            session.out().error(e.getMessage());
        } catch (java.io.IOException e) {
            // A file the command needed could not be read or written: say which, and why, in one line.
            String file = e instanceof java.nio.file.FileSystemException f && f.getFile() != null ? f.getFile() + ": " : "";
            session.out().error(file + IoReason.of(e));
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            session.out().error("internal error: " + e + " (details in " + CrashLog.record("command: " + line, e) + ")");
        }
        return Outcome.FAILED;
    }

    /** Checks that a line parses against the real command definitions, without running it. */
    public Optional<String> check(String line) {
        try {
            List<String> words = Tokenizer.split(line);
            if (words.isEmpty()) {
                return Optional.of("empty command");
            }
            CommandSpec spec = session.registry().resolve(words.getFirst());
            var invocation = CommandParser.parse(spec, words.subList(1, words.size()));
            if (spec.validator() != null) {
                spec.validator().run(invocation);
            }
            return Optional.empty();
        } catch (UsageException e) {
            return Optional.of(e.getMessage());
        } catch (Exception e) {
            return Optional.of("cannot check: " + e);
        }
    }
}
