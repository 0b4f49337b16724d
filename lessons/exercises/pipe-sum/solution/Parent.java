import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** One child per chunk, all started before any is read; every exit status checked; none outlives the call. */
public class Parent {
    static List<String> workerCommand() {
        String java = ProcessHandle.current().info().command().orElse("java");
        return List.of(java, "-Xmx64m", "-cp", System.getProperty("java.class.path"), "SumWorker");
    }

    public static long sum(List<long[]> chunks) throws IOException, InterruptedException {
        List<Process> children = new ArrayList<>();
        try {
            for (long[] chunk : chunks) {
                Process child = new ProcessBuilder(workerCommand()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
                children.add(child);
                try (PrintStream in = new PrintStream(child.getOutputStream(), true, StandardCharsets.UTF_8)) {
                    for (long n : chunk) {
                        in.println(n);
                    }
                }
            }
            long total = 0;
            for (int i = 0; i < children.size(); i++) {
                Process child = children.get(i);
                String answer;
                try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                    answer = out.readLine();
                }
                int status = child.waitFor();
                if (status != 0 || answer == null) {
                    throw new IOException("worker for chunk " + i + " failed with exit status " + status);
                }
                total += Long.parseLong(answer.strip());
            }
            return total;
        } finally {
            for (Process child : children) {
                child.destroyForcibly();
            }
        }
    }
}
