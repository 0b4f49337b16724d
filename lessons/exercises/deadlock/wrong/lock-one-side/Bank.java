/** Locks only the account the money leaves: another transfer into 'to' can still interleave. */
public class Bank {
    public static void transfer(Account from, Account to, long amount) {
        synchronized (from) {
            from.balance -= amount;
            to.balance += amount;
        }
    }
}
