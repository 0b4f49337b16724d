/** Orders the locks by balance: two accounts with the same balance are locked in argument order, both ways. */
public class Bank {
    public static void transfer(Account from, Account to, long amount) {
        if (from == to) {
            return;
        }
        Account first = from.balance <= to.balance ? from : to;
        Account second = first == from ? to : from;
        synchronized (first) {
            synchronized (second) {
                from.balance -= amount;
                to.balance += amount;
            }
        }
    }
}
