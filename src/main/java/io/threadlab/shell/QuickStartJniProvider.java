package io.threadlab.shell;

import java.io.IOException;
import java.nio.charset.Charset;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.PosixSysTerminal;
import org.jline.terminal.impl.jni.JniTerminalProvider;
import org.jline.terminal.spi.Pty;
import org.jline.terminal.spi.SystemStream;

/**
 * JLine's JNI provider, registered under JLine's own name {@code jni} by
 * {@code META-INF/jline/providers/jni}. Its POSIX terminals are JLine's, except that they
 * parse their terminal description with {@link TerminalCapabilities}: JLine's parser reads
 * its table of capability names a byte at a time, about 30 ms of the first prompt.
 */
public final class QuickStartJniProvider extends JniTerminalProvider {
    @Override
    public Terminal posixSysTerminal(String name, String type, boolean ansiPassThrough, Charset encoding,
            Charset stdinEncoding, Charset stdoutEncoding, Charset stderrEncoding, boolean nativeSignals,
            Terminal.SignalHandler signalHandler, boolean paused, SystemStream systemStream) throws IOException {
        Pty pty = current(systemStream);
        Charset outputEncoding = systemStream == SystemStream.Error ? stderrEncoding : stdoutEncoding;
        return new QuickTerminal(name, type, pty, encoding, stdinEncoding, outputEncoding, nativeSignals, signalHandler);
    }

    private static final class QuickTerminal extends PosixSysTerminal {
        QuickTerminal(String name, String type, Pty pty, Charset encoding, Charset stdinEncoding,
                Charset outputEncoding, boolean nativeSignals, SignalHandler signalHandler) throws IOException {
            super(name, type, pty, encoding, stdinEncoding, outputEncoding, nativeSignals, signalHandler);
        }

        @Override
        protected void parseInfoCmp() {
            // Runs inside JLine's constructor; it uses only the fields JLine has already set.
            if (!TerminalCapabilities.parse(type, bools, ints, strings)) {
                super.parseInfoCmp();
            }
        }
    }
}
