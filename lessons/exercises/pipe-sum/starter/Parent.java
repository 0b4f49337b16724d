import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Adds up chunks of numbers. Should do it in child JVMs running SumWorker. */
public class Parent {
    /** The command that starts one SumWorker in a new JVM. */
    static List<String> workerCommand() {
        String java = ProcessHandle.current().info().command().orElse("java");
        return List.of(java, "-Xmx64m", "-cp", System.getProperty("java.class.path"), "SumWorker");
    }

    public static long sum(List<long[]> chunks) throws IOException, InterruptedException {
        long total = 0;
        for (long[] chunk : chunks) {
            for (long n : chunk) {
                total += n; // TODO: do this in a child process per chunk
            }
        }
        return total;
    }
}
