/** Reads pages one by one; each read is slow. Stops when interrupted, and says so by throwing. */
public class Scan {
    public static long run(long pages) throws InterruptedException {
        long read = 0;
        for (long p = 0; p < pages; p++) {
            readPage(p);
            read++;
        }
        return read;
    }

    static void readPage(long page) throws InterruptedException {
        Thread.sleep(1); // the slow call; an interrupt ends it, and the scan, with InterruptedException
    }
}
