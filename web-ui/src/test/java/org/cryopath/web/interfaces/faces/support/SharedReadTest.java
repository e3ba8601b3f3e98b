package org.cryopath.web.interfaces.faces.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SharedReadTest {

    private final ExecutorService staff = Executors.newFixedThreadPool(16);

    @AfterEach
    void stop() {
        staff.shutdownNow();
    }

    @Test
    void aRequestAloneReadsForItself() {
        AtomicInteger reads = new AtomicInteger();
        SharedRead<Integer> board = new SharedRead<>(reads::incrementAndGet);

        assertThat(board.get()).isEqualTo(1);
        assertThat(board.get()).isEqualTo(2);
        assertThat(board.get()).isEqualTo(3);
    }

    @Test
    void requestsArrivingWhileAReadRunsShareTheNextOne() throws Exception {
        Reads reads = new Reads(0);
        SharedRead<Integer> board = new SharedRead<>(reads);
        Future<Integer> first = firstReadRunning(board, reads);

        List<Future<Integer>> arrivedMeanwhile = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            arrivedMeanwhile.add(staff.submit(board::get));
        }
        Thread.sleep(200); // all ten are waiting
        reads.firstMayEnd.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(1);
        for (Future<Integer> request : arrivedMeanwhile) {
            assertThat(request.get(10, TimeUnit.SECONDS)).as("the one read after the first").isEqualTo(2);
        }
        assertThat(reads.count()).isEqualTo(2);
    }

    /**
     * Each request first "commits" a change (the clinic's counter goes up), then asks: its answer must count its own
     * change, however many share reads — a staff member sees what they just did.
     */
    @Test
    void everyAnswerWasReadAfterItsRequestArrived() throws Exception {
        AtomicLong committed = new AtomicLong();
        SharedRead<Long> board = new SharedRead<>(() -> {
            long seen = committed.get();
            Thread.onSpinWait();
            return seen;
        });
        List<Future<Integer>> users = new ArrayList<>();
        for (int u = 0; u < 16; u++) {
            users.add(staff.submit(() -> {
                int stale = 0;
                for (int i = 0; i < 2_000; i++) {
                    long mine = committed.incrementAndGet();
                    if (board.get() < mine) {
                        stale++;
                    }
                }
                return stale;
            }));
        }
        for (Future<Integer> user : users) {
            assertThat(user.get(60, TimeUnit.SECONDS)).as("answers read before their request").isZero();
        }
    }

    @Test
    void aFailedReadFailsEveryoneWhoSharedItAndTheNextRequestReadsAgain() throws Exception {
        Reads reads = new Reads(2);
        SharedRead<Integer> board = new SharedRead<>(reads);
        Future<Integer> first = firstReadRunning(board, reads);
        Future<Integer> one = staff.submit(board::get);
        Future<Integer> other = staff.submit(board::get);
        Thread.sleep(200); // both wait for the second read
        reads.firstMayEnd.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(1);
        assertThatThrownBy(() -> one.get(10, TimeUnit.SECONDS)).hasRootCauseMessage("database gone");
        assertThatThrownBy(() -> other.get(10, TimeUnit.SECONDS)).hasRootCauseMessage("database gone");
        assertThat(board.get()).as("read after the failed one").isEqualTo(3);
    }

    /** The first read of the board, started on another thread and running (it waits for {@code firstMayEnd}). */
    private Future<Integer> firstReadRunning(SharedRead<Integer> board, Reads reads) throws InterruptedException {
        Future<Integer> first = staff.submit(board::get);
        assertThat(reads.firstRuns.await(10, TimeUnit.SECONDS)).as("the first read began").isTrue();
        return first;
    }

    /** Numbered reads: the first waits until {@code firstMayEnd} is counted down; read {@code failing} fails. */
    private static final class Reads implements Supplier<Integer> {

        final CountDownLatch firstRuns = new CountDownLatch(1);
        final CountDownLatch firstMayEnd = new CountDownLatch(1);
        private final AtomicInteger count = new AtomicInteger();
        private final int failing;

        Reads(int failing) {
            this.failing = failing;
        }

        @Override
        public Integer get() {
            int read = count.incrementAndGet();
            if (read == 1) {
                firstRuns.countDown();
                try {
                    firstMayEnd.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (read == failing) {
                throw new IllegalStateException("database gone");
            }
            return read;
        }

        int count() {
            return count.get();
        }
    }
}
