import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.TimeZone;

/** A ThreadLocal that hands every thread the same shared formatter. */
public class Stamps {
    private static final SimpleDateFormat SHARED = utc();
    private static final ThreadLocal<SimpleDateFormat> FORMAT = ThreadLocal.withInitial(() -> SHARED);

    private static SimpleDateFormat utc() {
        SimpleDateFormat f = new SimpleDateFormat("yyyy-MM-dd HH:mm:ss");
        f.setTimeZone(TimeZone.getTimeZone("UTC"));
        return f;
    }

    public static String format(long epochMillis) {
        return FORMAT.get().format(new Date(epochMillis));
    }
}
