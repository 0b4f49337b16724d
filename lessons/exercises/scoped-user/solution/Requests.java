import java.util.function.Supplier;

/** The user is bound for the duration of one call, on that call's thread only, and unbound after. */
public class Requests {
    private static final ScopedValue<String> USER = ScopedValue.newInstance();

    public static String handle(String who, Supplier<String> work) {
        return ScopedValue.where(USER, who).call(work::get);
    }

    public static String currentUser() {
        return USER.orElse("nobody");
    }
}
