import java.text.SimpleDateFormat;
import java.util.Date;

/** Safe, but each new formatter uses the machine's time zone instead of UTC. */
public class Stamps {
    private static final ThreadLocal<SimpleDateFormat> FORMAT =
            ThreadLocal.withInitial(() -> new SimpleDateFormat("yyyy-MM-dd HH:mm:ss"));

    public static String format(long epochMillis) {
        return FORMAT.get().format(new Date(epochMillis));
    }
}
