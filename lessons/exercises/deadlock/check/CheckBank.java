import io.threadlab.exercise.api.Check;
import io.threadlab.exercise.api.Concurrently;
import io.threadlab.exercise.api.Failure;
import java.lang.management.ManagementFactory;
import java.lang.management.MonitorInfo;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.SplittableRandom;

/**
 * First, exactly: which account's lock each transfer takes first, found by holding one lock
 * and looking at what a transfer holds while it waits. Two directions that start from
 * different accounts can deadlock, whether or not a stress run happens to hit it. Then 8
 * threads move money both ways between 4 accounts: nobody stuck, no money made or lost.
 */
public class CheckBank implements Check {
    static final int THREADS = 8;
    static final int TRANSFERS = 50_000;
    static final int ROUNDS = 3;
    static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();

    @Override
    public String run() throws Exception {
        // Equal balances, then unequal ones either way round: an order that depends on the
        // balances, rather than on something fixed such as the id, shows up in one of them.
        long[][] balances = {{1_000, 1_000}, {500, 1_500}, {1_500, 500}};
        for (long[] b : balances) {
            // Fresh accounts for each direction: the first probe moves money, which would change the balances.
            int firstAc = firstLock(new Account(0, b[0]), new Account(1, b[1]));
            Account a = new Account(0, b[0]);
            Account c = new Account(1, b[1]);
            int firstCa = firstLock(c, a);
            Failure.unless(firstAc == firstCa, String.format("with balances %,d and %,d, transfer(account 0 → account 1)"
                    + " locks account %d first, but transfer(account 1 → account 0) locks account %d first: two such"
                    + " transfers at once can each hold one lock and wait for the other's, for ever. Take the locks"
                    + " in an order that is the same for both directions and never changes.", b[0], b[1], firstAc, firstCa));
        }
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
        return String.format("each direction takes the two locks in the same order (probed with equal and unequal"
                + " balances), money never leaves one account before the other is locked, and %d rounds of %d threads"
                + " × %,d transfers between 4 accounts ended with not a cent lost and no deadlock", ROUNDS, THREADS, TRANSFERS);
    }

    /**
     * Holds {@code to}'s lock while {@code transfer(from, to)} runs on another thread, waits
     * until that thread is stuck on it, and returns the id of the account it locked first: {@code from}
     * if it already holds it, else {@code to}. Also fails if it moved money before holding
     * both locks, or never needed {@code to}'s lock at all.
     */
    static int firstLock(Account from, Account to) throws Exception {
        long fromBefore = from.balance;
        long toBefore = to.balance;
        Thread probe;
        boolean holdsFrom;
        synchronized (to) {
            probe = Thread.ofPlatform().name("check-probe").start(() -> Bank.transfer(from, to, 1));
            ThreadInfo info = waitUntilBlockedOn(probe, to);
            if (info == null) {
                probe.join(2_000);
                throw new Failure(String.format("transfer(account %d → account %d) %s while the check held account %d's"
                        + " lock: it changed account %d's balance without holding that account's lock. Lock both"
                        + " accounts (synchronized on the Account objects) while you move the money.",
                        from.id, to.id, probe.isAlive() ? "waited for something else" : "finished", to.id, to.id));
            }
            holdsFrom = false;
            for (MonitorInfo m : info.getLockedMonitors()) {
                holdsFrom |= m.getIdentityHashCode() == System.identityHashCode(from);
            }
            long moved = fromBefore - from.balance;
            Failure.unless(moved == 0 && to.balance == toBefore, String.format("transfer(account %d → account %d) took"
                    + " %d out of account %d and then waited for account %d's lock: for that moment the money was in neither"
                    + " account, and anyone adding up the balances would find it missing. Hold both locks while you move it.",
                    from.id, to.id, moved, from.id, to.id));
        }
        probe.join(2_000);
        Failure.unless(!probe.isAlive(), "a transfer was still running 2 s after the check released its lock");
        return holdsFrom ? from.id : to.id;
    }

    /** The probe's state once it waits for {@code lock}'s monitor; null if it finished or waited for something else. */
    static ThreadInfo waitUntilBlockedOn(Thread t, Object lock) throws InterruptedException {
        long deadline = System.nanoTime() + 2_000_000_000L;
        while (System.nanoTime() < deadline && t.isAlive()) {
            if (t.getState() == Thread.State.BLOCKED) {
                ThreadInfo info = MX.getThreadInfo(new long[] {t.threadId()}, true, false)[0];
                if (info != null && info.getLockInfo() != null) {
                    return info.getLockInfo().getIdentityHashCode() == System.identityHashCode(lock) ? info : null;
                }
            }
            Thread.sleep(1);
        }
        return null;
    }
}
