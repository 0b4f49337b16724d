import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.TimeZone;

/** Each thread gets its own formatter on first use and keeps it; no two threads ever share one. */
public class Stamps {
    private static final ThreadLocal<SimpleDateFormat> FORMAT = ThreadLocal.withInitial(Stamps::utc);

    private static SimpleDateFormat utc() {
        SimpleDateFormat f = new SimpleDateFormat("yyyy-MM-dd HH:mm:ss");
        f.setTimeZone(TimeZone.getTimeZone("UTC"));
        return f;
    }

    public static String format(long epochMillis) {
        return FORMAT.get().format(new Date(epochMillis));
    }
}
