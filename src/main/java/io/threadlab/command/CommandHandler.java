package io.threadlab.command;

/** What a command does once its line has been parsed and checked against its spec. */
@FunctionalInterface
public interface CommandHandler {
    void run(Invocation invocation) throws Exception;
}
