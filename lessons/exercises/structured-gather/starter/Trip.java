import java.util.concurrent.Callable;

/** Asks the two services one after the other. */
public class Trip {
    public static String plan(Callable<String> flight, Callable<String> hotel) throws Exception {
        String f = flight.call();
        String h = hotel.call();
        return f + " + " + h;
    }
}
