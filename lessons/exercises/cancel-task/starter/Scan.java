/** Reads pages one by one; each read is slow. */
public class Scan {
    public static long run(long pages) throws InterruptedException {
        long read = 0;
        for (long p = 0; p < pages; p++) {
            readPage(p);
            read++;
        }
        return read;
    }

    static void readPage(long page) {
        try {
            Thread.sleep(1); // the slow call
        } catch (InterruptedException e) {
            // ignored: keep reading
        }
    }
}
