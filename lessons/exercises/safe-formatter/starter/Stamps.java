import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.TimeZone;

/** Formats times as yyyy-MM-dd HH:mm:ss in UTC. Not safe for many threads yet. */
public class Stamps {
    private static final SimpleDateFormat FORMAT = utc();

    private static SimpleDateFormat utc() {
        SimpleDateFormat f = new SimpleDateFormat("yyyy-MM-dd HH:mm:ss");
        f.setTimeZone(TimeZone.getTimeZone("UTC"));
        return f;
    }

    public static String format(long epochMillis) {
        return FORMAT.format(new Date(epochMillis));
    }
}
