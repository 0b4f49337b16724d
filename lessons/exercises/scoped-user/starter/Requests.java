import java.util.function.Supplier;

/** Runs work on behalf of a user. The static field is shared by every thread. */
public class Requests {
    private static String user = "nobody";

    public static String handle(String who, Supplier<String> work) {
        user = who;
        return work.get();
    }

    public static String currentUser() {
        return user;
    }
}
