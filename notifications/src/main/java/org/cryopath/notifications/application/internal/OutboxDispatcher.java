package org.cryopath.notifications.application.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.cryopath.domain.shared.ConcurrentChange;
import org.cryopath.notifications.infrastructure.smtp.MailSettings;
import org.cryopath.notifications.infrastructure.smtp.SentBatch;
import org.cryopath.notifications.infrastructure.smtp.SmtpBatchSender;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends due outbox messages, on a timer every {@code cryopath.outbox.interval-seconds} and on demand. Each batch
 * is claimed in one transaction, sent over the run's SMTP connection with no transaction open, and its outcomes are
 * recorded in another. Every node of a cluster runs its own dispatcher: claims keep them from sending the same
 * message.
 *
 * <p>The mail session it sends through is the application's own, {@code java:app/mail/cryopath}, defined by
 * {@link org.cryopath.notifications.infrastructure.smtp.MailSessionDeclaration}.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
// Its own timer runs it without a signed-in user, and operations may run it on demand: it only sends what is due.
@PermitAll
public class OutboxDispatcher {

    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class.getName());

    @Resource
    TimerService timers;

    @EJB
    OutboxLedger ledger;

    @Inject
    MailSettings mail;

    @Inject
    @ConfigProperty(name = "cryopath.outbox.interval-seconds", defaultValue = "10")
    long intervalSeconds;

    // Read at every run, so IT can tune them without a restart (set-config-property).
    @Inject
    @ConfigProperty(name = "cryopath.outbox.batch-size", defaultValue = "250")
    Provider<Integer> batchSize;

    /** How long a claim holds: longer than a batch can take to send, short enough to recover from a crash. */
    @Inject
    @ConfigProperty(name = "cryopath.outbox.lease-seconds", defaultValue = "300")
    Provider<Long> leaseSeconds;

    /**
     * How long after it was written a message may be claimed (see {@link OutboxLedger#claimDue}): longer than a
     * transaction that enqueues mail takes to commit, so that a claim never waits on one.
     */
    @Inject
    @ConfigProperty(name = "cryopath.outbox.settle-millis", defaultValue = "2000")
    Provider<Long> settleMillis;

    @Inject
    @ConfigProperty(name = "cryopath.outbox.retry.initial-seconds", defaultValue = "30")
    Provider<Long> retryInitialSeconds;

    @Inject
    @ConfigProperty(name = "cryopath.outbox.retry.max-seconds", defaultValue = "1800")
    Provider<Long> retryMaxSeconds;

    @Inject
    @ConfigProperty(name = "cryopath.outbox.retry.max-attempts", defaultValue = "16")
    Provider<Integer> retryMaxAttempts;

    /** Threads with the application's context, for the claims and records that run beside the sending. */
    @Resource
    ManagedThreadFactory threads;

    /** The timer's runs do not overlap on one node; a run asked for on demand may run beside one. */
    private final AtomicBoolean timerRunning = new AtomicBoolean();

    private ExecutorService workers;

    @PostConstruct
    void startTimer() {
        workers = Executors.newCachedThreadPool(threads);
        long interval = Duration.ofSeconds(Math.max(1, intervalSeconds)).toMillis();
        timers.createIntervalTimer(interval, interval, new TimerConfig("outbox-dispatcher", false));
        LOG.info(() -> "Outbox dispatcher runs every " + intervalSeconds + " s, batches of " + batchSize.get());
    }

    @PreDestroy
    void stopWorkers() {
        workers.shutdownNow();
    }

    @Timeout
    void onTimer() {
        if (!timerRunning.compareAndSet(false, true)) {
            return;
        }
        try {
            dispatchDue();
        } catch (RuntimeException e) {
            // The next tick tries again; nothing is lost, the rows stay due or come back when their lease ends.
            LOG.log(Level.WARNING, "Outbox dispatch run failed; retrying on the next tick", e);
        } finally {
            timerRunning.set(false);
        }
    }

    /** Sends everything due now, batch after batch of the configured size; returns what happened. */
    public DispatchReport dispatchDue() {
        return dispatchDue(batchSize.get());
    }

    /**
     * Sends everything due now in batches of {@code maxBatch}, until nothing is due or the SMTP server cannot be
     * reached. Any number of runs may go at once, on one node or several: each claims its own rows.
     *
     * <p>The database work is pipelined with SMTP: while one batch is being sent over the run's one connection, the
     * next batch is claimed and the previous one's outcomes are recorded, each in its own short transaction on a
     * worker thread. At most one claim and one record are in flight beside the sending.
     */
    public DispatchReport dispatchDue(int maxBatch) {
        RetryPolicy retries = new RetryPolicy(Duration.ofSeconds(retryInitialSeconds.get()),
                Duration.ofSeconds(retryMaxSeconds.get()), retryMaxAttempts.get());
        Duration lease = Duration.ofSeconds(leaseSeconds.get());
        Duration settle = Duration.ofMillis(Math.max(0, settleMillis.get()));
        int size = Math.max(1, maxBatch);
        DispatchReport report = DispatchReport.NONE;
        Future<?> recording = CompletableFuture.completedFuture(null);
        try (SmtpBatchSender.Connection smtp = sender().open()) {
            Future<ClaimedBatch> next = workers.submit(() -> claim(size, lease, settle));
            while (true) {
                ClaimedBatch batch = await(next);
                if (batch.isEmpty()) {
                    break;
                }
                next = workers.submit(() -> claim(size, lease, settle));
                SentBatch sent = smtp.send(batch.messages());
                await(recording);
                recording = workers.submit(() -> record(batch, sent, retries));
                report = report.plus(sent.outcomes());
                if (sent.serverUnavailable()) {
                    ClaimedBatch unsent = await(next);
                    ledger.release(unsent);
                    break;
                }
            }
        } finally {
            await(recording);
        }
        return report;
    }

    private ClaimedBatch claim(int size, Duration lease, Duration settle) {
        try {
            return ledger.claimDue(size, lease, settle);
        } catch (ConcurrentChange e) {
            // Another node's claim took the same rows at the same moment: they stay due for the next run.
            LOG.info(() -> "Claiming due outbox messages met a concurrent claim (" + e.reason()
                    + "); the next run tries again");
            return ClaimedBatch.EMPTY;
        } catch (EJBException e) {
            LOG.log(Level.WARNING, "Claiming due outbox messages failed; the next run tries again", e);
            return ClaimedBatch.EMPTY;
        }
    }

    private void record(ClaimedBatch batch, SentBatch sent, RetryPolicy retries) {
        try {
            ledger.record(batch, sent.outcomes(), retries);
        } catch (ConcurrentChange e) {
            LOG.warning(() -> "Recording " + batch.size() + " outbox outcomes met a concurrent change (" + e.reason()
                    + "); they will be sent again after the lease, with the same Message-IDs");
        } catch (EJBException e) {
            // The batch stays claimed until its lease ends, then is sent again with the same Message-IDs.
            LOG.log(Level.WARNING, "Recording " + batch.size() + " outbox outcomes failed; they will be sent again "
                    + "after the lease", e);
        }
    }

    private static <T> T await(Future<T> work) {
        try {
            return work.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while dispatching the outbox", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Outbox dispatch step failed", e.getCause());
        }
    }

    private SmtpBatchSender sender() {
        return new SmtpBatchSender(mail.session(), mail.from(), mail.replyTo(), mail.credentials());
    }
}
