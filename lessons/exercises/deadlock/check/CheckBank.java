import io.threadlab.exercise.api.Check;
import io.threadlab.exercise.api.Concurrently;
import io.threadlab.exercise.api.Failure;
import java.util.SplittableRandom;

/** 8 threads moving money both ways between 4 accounts, several rounds: nobody stuck, no money made or lost. */
public class CheckBank implements Check {
    static final int THREADS = 8;
    static final int TRANSFERS = 100_000;
    static final int ROUNDS = 5;

    @Override
    public String run() throws Exception {
        for (int round = 1; round <= ROUNDS; round++) {
            Account[] accounts = new Account[4];
            for (int i = 0; i < accounts.length; i++) {
                accounts[i] = new Account(i, 1_000_000);
            }
            int r = round;
            Concurrently.run(THREADS, t -> {
                SplittableRandom random = new SplittableRandom(31L * t + r);
                for (int i = 0; i < TRANSFERS; i++) {
                    int a = random.nextInt(accounts.length);
                    int b = (a + 1 + random.nextInt(accounts.length - 1)) % accounts.length;
                    Bank.transfer(accounts[a], accounts[b], 1 + random.nextInt(10));
                }
            });
            long total = 0;
            for (Account a : accounts) {
                total += a.balance();
            }
            Failure.unless(total == 4_000_000, String.format("after %d threads × %,d transfers the accounts hold %,d in all,"
                    + " not 4,000,000 (round %d of %d): transfers interleaved and lost updates", THREADS, TRANSFERS, total, r, ROUNDS));
        }
        return String.format("%d rounds of %d threads × %,d transfers in both directions between 4 accounts: no deadlock"
                + " (a deadlock would have been found by the JVM's deadlock detector), and not a cent lost", ROUNDS, THREADS, TRANSFERS);
    }
}
