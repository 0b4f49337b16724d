/** Restores the flag, as it should, but keeps going: every later sleep throws at once, and the loop runs on. */
public class Scan {
    public static long run(long pages) throws InterruptedException {
        long read = 0;
        for (long p = 0; p < pages; p++) {
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            read++;
        }
        return read;
    }
}
