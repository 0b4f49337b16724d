/** No lock, no deadlock: and no protection either, so updates are lost. */
public class Bank {
    public static void transfer(Account from, Account to, long amount) {
        from.balance -= amount;
        to.balance += amount;
    }
}
