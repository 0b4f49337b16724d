package io.threadlab.exercise.api;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Makes the rest of the file system read-only to the check, where Linux allows it: with
 * Landlock (Linux 5.13 and later, no privileges needed), the check JVM, the learner's code and
 * every process it starts may write only inside the check's own folder (and to devices such as
 * /dev/null, and sockets in /tmp, which the JVM's attach mechanism needs). The data dir with
 * the progress file, the workspace and the learner's home are then out of reach. Elsewhere,
 * or on an older kernel, nothing changes and the shell's own guard on the progress file applies.
 */
final class Sandbox {
    // Landlock's ABI: syscall numbers (the same on x86-64 and arm64) and access rights.
    private static final long CREATE_RULESET = 444;
    private static final long ADD_RULE = 445;
    private static final long RESTRICT_SELF = 446;
    private static final long VERSION = 1;
    private static final long RULE_PATH_BENEATH = 1;
    private static final long WRITE_FILE = 1 << 1;
    private static final long REMOVE_DIR = 1 << 4;
    private static final long REMOVE_FILE = 1 << 5;
    private static final long MAKES = 0b111_1111L << 6; // char, dir, regular, socket, fifo, block, symlink
    private static final long REFER = 1 << 13;
    private static final long TRUNCATE = 1 << 14;
    private static final int PR_SET_NO_NEW_PRIVS = 38;
    private static final int O_PATH = 0x200000;
    private static final int O_CLOEXEC = 0x80000;
    private static final long MAKE_SOCK = 1 << 9;

    private Sandbox() {}

    /** @return which Landlock ABI now confines the writes, or null if none could */
    static String confineWritesTo(Path folder) {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
            return null;
        }
        try (Arena arena = Arena.ofConfined()) {
            Linker linker = Linker.nativeLinker();
            MemorySegment syscallAddress = linker.defaultLookup().find("syscall").orElseThrow();
            MethodHandle syscall3 = linker.downcallHandle(syscallAddress, FunctionDescriptor.of(ValueLayout.JAVA_LONG,
                    ValueLayout.JAVA_LONG, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG),
                    Linker.Option.firstVariadicArg(1));
            MethodHandle syscall4 = linker.downcallHandle(syscallAddress, FunctionDescriptor.of(ValueLayout.JAVA_LONG,
                    ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG),
                    Linker.Option.firstVariadicArg(1));
            MethodHandle syscall2 = linker.downcallHandle(syscallAddress, FunctionDescriptor.of(ValueLayout.JAVA_LONG,
                    ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG), Linker.Option.firstVariadicArg(1));
            MethodHandle open = linker.downcallHandle(linker.defaultLookup().find("open").orElseThrow(),
                    FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_INT));
            MethodHandle prctl = linker.downcallHandle(linker.defaultLookup().find("prctl").orElseThrow(),
                    FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_LONG,
                            ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG),
                    Linker.Option.firstVariadicArg(1));

            long abi = (long) syscall3.invokeExact(CREATE_RULESET, MemorySegment.NULL, 0L, VERSION);
            if (abi < 1) {
                return null; // no Landlock in this kernel
            }
            long handled = WRITE_FILE | REMOVE_DIR | REMOVE_FILE | MAKES | (abi >= 2 ? REFER : 0) | (abi >= 3 ? TRUNCATE : 0);
            MemorySegment attr = arena.allocate(ValueLayout.JAVA_LONG);
            attr.set(ValueLayout.JAVA_LONG, 0, handled);
            long ruleset = (long) syscall3.invokeExact(CREATE_RULESET, attr, 8L, 0L);
            if (ruleset < 0) {
                return null;
            }
            allow(arena, syscall4, open, ruleset, folder.toString(), handled);
            allow(arena, syscall4, open, ruleset, "/dev", WRITE_FILE | (abi >= 3 ? TRUNCATE : 0));
            allow(arena, syscall4, open, ruleset, "/tmp", MAKE_SOCK | REMOVE_FILE);
            if ((int) prctl.invokeExact(PR_SET_NO_NEW_PRIVS, 1L, 0L, 0L, 0L) != 0) {
                return null;
            }
            long done = (long) syscall2.invokeExact(RESTRICT_SELF, ruleset, 0L);
            return done == 0 ? "Landlock ABI " + abi : null;
        } catch (Throwable notAvailable) {
            return null; // native access refused, or an unexpected platform: the shell's guard applies
        }
    }

    private static void allow(Arena arena, MethodHandle syscall4, MethodHandle open, long ruleset, String path, long access)
            throws Throwable {
        int fd = (int) open.invokeExact(arena.allocateFrom(path), O_PATH | O_CLOEXEC);
        if (fd < 0) {
            return; // no such folder here: nothing to allow
        }
        MemorySegment beneath = arena.allocate(16, 8); // packed: 12 bytes used
        beneath.set(ValueLayout.JAVA_LONG, 0, access);
        beneath.set(ValueLayout.JAVA_INT, 8, fd);
        long ignored = (long) syscall4.invokeExact(ADD_RULE, ruleset, RULE_PATH_BENEATH, beneath, 0L);
    }
}
