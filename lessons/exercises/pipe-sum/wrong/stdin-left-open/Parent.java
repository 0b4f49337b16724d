import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Writes the numbers but never closes the child's stdin: the child waits for more, the parent for an answer. */
public class Parent {
    static List<String> workerCommand() {
        String java = ProcessHandle.current().info().command().orElse("java");
        return List.of(java, "-Xmx64m", "-cp", System.getProperty("java.class.path"), "SumWorker");
    }

    public static long sum(List<long[]> chunks) throws IOException, InterruptedException {
        long total = 0;
        for (long[] chunk : chunks) {
            Process child = new ProcessBuilder(workerCommand()).start();
            PrintStream in = new PrintStream(child.getOutputStream(), true, StandardCharsets.UTF_8);
            for (long n : chunk) {
                in.println(n);
            }
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            total += Long.parseLong(out.readLine().strip());
        }
        return total;
    }
}
