package org.cryopath.web.interfaces.faces.support;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * One read shared by the requests that wait for it, never older than the request that gets it: a request that arrives
 * while a read runs waits for that read to end and then shares the next one with every request that arrived meanwhile.
 * So however many staff members ask at once, at most one read runs at a time and each answer was read wholly after
 * its request arrived — a change committed before a request sees in it, as an unshared read would. Nothing is kept
 * beyond the read's round: with nobody waiting, each request reads for itself.
 *
 * <p>Made for pages every signed-in user asks for at once and whose data does not depend on who asks (the today
 * board); the read runs on the thread, and so under the identity, of one of the requests that share it.
 *
 * @param <T> what the read answers
 */
public final class SharedRead<T> {

    private final Supplier<T> read;
    private Round<T> latest;

    public SharedRead(Supplier<T> read) {
        this.read = read;
    }

    /**
     * The answer of a read that begins after this call does: the next round's, joined while it has not begun. Its
     * failure is every sharer's failure, as each would have met it alone.
     */
    public T get() {
        Round<T> round = join();
        round.previous.handle((done, failed) -> null).join();
        if (round.begun.compareAndSet(false, true)) {
            try {
                round.answer.complete(read.get());
            } catch (RuntimeException | Error failed) {
                round.answer.completeExceptionally(failed);
                throw failed;
            }
        }
        try {
            return round.answer.join();
        } catch (CompletionException failed) {
            throw failed.getCause() instanceof RuntimeException cause ? cause : failed;
        }
    }

    /** The latest round if it has not begun (it will read after now), else a new one that begins after it. */
    private synchronized Round<T> join() {
        if (latest == null || latest.begun.get()) {
            latest = new Round<>(latest == null ? CompletableFuture.completedFuture(null) : latest.answer);
        }
        return latest;
    }

    private static final class Round<T> {

        /** The round before, which this one waits for: one read at a time. */
        final CompletableFuture<?> previous;
        final AtomicBoolean begun = new AtomicBoolean();
        final CompletableFuture<T> answer = new CompletableFuture<>();

        Round(CompletableFuture<?> previous) {
            this.previous = previous;
        }
    }
}
