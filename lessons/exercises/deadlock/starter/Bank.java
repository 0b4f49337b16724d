/** Moves money between accounts. Deadlocks when two transfers go opposite ways. */
public class Bank {
    public static void transfer(Account from, Account to, long amount) {
        synchronized (from) {
            synchronized (to) {
                from.balance -= amount;
                to.balance += amount;
            }
        }
    }
}
