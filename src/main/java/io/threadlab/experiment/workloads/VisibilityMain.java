package io.threadlab.experiment.workloads;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * The child JVM of the visibility experiment. A reader thread spins until it sees a flag that
 * the main thread sets after a delay, read one of three ways. A plain read may be hoisted out
 * of the loop by the JIT, and then the reader spins for ever: no thread can stop a loop that
 * reads nothing else, so the experiment runs it in its own JVM and this JVM halts itself at
 * the deadline. Prints one line: {@code seen NANOS} (from the write to the reader's exit) or
 * {@code missed}. Arguments: plain|opaque|volatile, delay ms, deadline ms.
 */
public final class VisibilityMain {
    static boolean plain;
    static volatile boolean published;
    static boolean opaque;
    private static final VarHandle OPAQUE;

    static {
        try {
            OPAQUE = MethodHandles.lookup().findStaticVarHandle(VisibilityMain.class, "opaque", boolean.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private VisibilityMain() {}

    public static void main(String[] args) throws InterruptedException {
        String kind = args[0];
        long delay = Long.parseLong(args[1]);
        long deadline = Long.parseLong(args[2]);
        long[] seenAt = new long[1];
        Runnable spin = switch (kind) {
            case "plain" -> () -> { while (!plain) { } seenAt[0] = System.nanoTime(); };
            case "opaque" -> () -> { while (!(boolean) OPAQUE.getOpaque()) { } seenAt[0] = System.nanoTime(); };
            case "volatile" -> () -> { while (!published) { } seenAt[0] = System.nanoTime(); };
            default -> throw new IllegalArgumentException("unknown flag kind " + kind);
        };
        Thread reader = new Thread(spin, "reader");
        reader.setDaemon(true);
        reader.start();
        Thread.sleep(delay); // long enough for the JIT to compile the hot loop
        long written = System.nanoTime();
        switch (kind) {
            case "plain" -> plain = true;
            case "opaque" -> OPAQUE.setOpaque(true);
            default -> published = true;
        }
        reader.join(deadline);
        // join() makes seenAt[0] visible once the reader has ended.
        System.out.println(reader.isAlive() ? "missed" : "seen " + (seenAt[0] - written));
        System.out.flush();
        Runtime.getRuntime().halt(0); // the reader may still be spinning
    }
}
