/** Never holds both locks: no deadlock, but between the two blocks the money is in neither account. */
public class Bank {
    public static void transfer(Account from, Account to, long amount) {
        synchronized (from) {
            from.balance -= amount;
        }
        synchronized (to) {
            to.balance += amount;
        }
    }
}
