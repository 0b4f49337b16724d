/** Locks are always taken in id order, so two transfers can never wait for each other in a cycle. */
public class Bank {
    public static void transfer(Account from, Account to, long amount) {
        if (from == to) {
            return;
        }
        Account first = from.id < to.id ? from : to;
        Account second = first == from ? to : from;
        synchronized (first) {
            synchronized (second) {
                from.balance -= amount;
                to.balance += amount;
            }
        }
    }
}
