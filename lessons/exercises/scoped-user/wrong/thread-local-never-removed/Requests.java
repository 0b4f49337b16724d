import java.util.function.Supplier;

/** Per thread, but never cleared: the next task on the same thread inherits the user. */
public class Requests {
    private static final ThreadLocal<String> USER = ThreadLocal.withInitial(() -> "nobody");

    public static String handle(String who, Supplier<String> work) {
        USER.set(who);
        return work.get();
    }

    public static String currentUser() {
        return USER.get();
    }
}
