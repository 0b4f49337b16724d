/** Given: an account with a fixed id and a balance, changed only under the caller's locking. */
public class Account {
    final int id;
    long balance;

    public Account(int id, long balance) {
        this.id = id;
        this.balance = balance;
    }

    public long balance() {
        return balance;
    }
}
