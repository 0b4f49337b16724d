/** Stops at once, but returns the partial count with the interrupt flag cleared: the caller thinks it finished. */
public class Scan {
    public static long run(long pages) throws InterruptedException {
        long read = 0;
        for (long p = 0; p < pages; p++) {
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                return read;
            }
            read++;
        }
        return read;
    }
}
