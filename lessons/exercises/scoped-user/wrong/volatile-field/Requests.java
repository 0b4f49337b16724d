import java.util.function.Supplier;

/** volatile makes the shared field visible everywhere, which is exactly the problem. */
public class Requests {
    private static volatile String user = "nobody";

    public static String handle(String who, Supplier<String> work) {
        String before = user;
        user = who;
        try {
            return work.get();
        } finally {
            user = before;
        }
    }

    public static String currentUser() {
        return user;
    }
}
