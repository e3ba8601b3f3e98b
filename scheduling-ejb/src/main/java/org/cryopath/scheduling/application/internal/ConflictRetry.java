package org.cryopath.scheduling.application.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.cryopath.domain.infrastructure.logging.RequestId;
import org.cryopath.domain.shared.ConcurrentChange;

/**
 * Carries out a piece of work that may lose a race with another transaction (two registrations of the same new
 * MRN, two changes of one record), trying it again in a fresh transaction a bounded number of times before the
 * {@link ConcurrentChange} reaches the caller. Each attempt is the work's own transaction: the work calls a session
 * bean method that requires one, and there is none around it here.
 *
 * <p>Inside a caller's transaction nothing can be tried again (that transaction is the caller's to end), so the work
 * runs once. A request that met a conflict leaves exactly one WARNING line: what, what the database reported (a
 * version conflict is expected between two staff changing one record; a deadlock's SQL state means a read waited on
 * another transaction's rows), which request, how many attempts; never a stack trace.
 */
@ApplicationScoped
public class ConflictRetry {

    private static final Logger LOG = Logger.getLogger(ConflictRetry.class.getName());

    /** Attempts in all: enough for the loser of a race to find the winner's committed rows. */
    static final int MAX_ATTEMPTS = 4;

    @Resource
    TransactionSynchronizationRegistry transactions;

    public <T> T attempt(String operation, Supplier<T> work) {
        if (transactions.getTransactionKey() != null) {
            return work.get();
        }
        String met = null;
        for (int attempt = 1; ; attempt++) {
            try {
                T result = work.get();
                if (attempt > 1) {
                    int attempts = attempt;
                    String reason = met;
                    LOG.warning(() -> operation + ": concurrent change (" + reason + "), succeeded at attempt "
                            + attempts + " (request " + RequestId.current() + ")");
                }
                return result;
            } catch (ConcurrentChange e) {
                met = e.reason();
                if (attempt == MAX_ATTEMPTS) {
                    LOG.warning(() -> operation + ": concurrent change (" + e.reason() + "), gave up after "
                            + MAX_ATTEMPTS + " attempts (request " + RequestId.current() + ")");
                    throw e;
                }
                pause(attempt);
            }
        }
    }

    /** A short, random pause, longer after each attempt, so two racing requests do not meet again. */
    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L * attempt + 5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConcurrentChange("interrupted");
        }
    }
}
