package org.cryopath.it.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * Many clients at once, as an EHR bridge with several workers or a busy front desk would be: {@code clients} threads
 * take {@code requests} numbered requests between them, all starting together, and every answer's status and
 * latency is kept. The standing tool of the concurrency tests and benchmarks.
 */
public final class ParallelClients {

    /** One request's answer: its HTTP status (or -1 when it failed without one) and how long it took. */
    public record Outcome(int request, int status, long nanos, String detail) {
    }

    /** What a run gave: every outcome, and the wall time from the first start to the last answer. */
    public record Run(List<Outcome> outcomes, long wallNanos) {

        public Map<Integer, Long> countByStatus() {
            Map<Integer, Long> counts = new TreeMap<>();
            outcomes.forEach(outcome -> counts.merge(outcome.status(), 1L, Long::sum));
            return counts;
        }

        public double perSecond() {
            return outcomes.size() / (wallNanos / 1e9);
        }

        /** The latency at {@code percentile} (0 to 100), in milliseconds. */
        public double percentileMillis(double percentile) {
            List<Long> sorted = new ArrayList<>(outcomes.stream().map(Outcome::nanos).toList());
            Collections.sort(sorted);
            int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
            return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1e6;
        }

        public List<Outcome> failures(int expectedStatus) {
            return outcomes.stream().filter(outcome -> outcome.status() != expectedStatus).toList();
        }
    }

    /** A request: given its number, sends it and answers with the status (and, for a failure, a short detail). */
    @FunctionalInterface
    public interface Request {
        Answer send(int number) throws Exception;
    }

    public record Answer(int status, String detail) {
    }

    private ParallelClients() {
    }

    public static Run run(int clients, int requests, Request request) {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Outcome>>> workers = new ArrayList<>();
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        for (int c = 0; c < clients; c++) {
            workers.add(pool.submit(() -> {
                start.await();
                List<Outcome> mine = new ArrayList<>();
                for (int number = next.getAndIncrement(); number < requests; number = next.getAndIncrement()) {
                    long began = System.nanoTime();
                    Answer answer;
                    try {
                        answer = request.send(number);
                    } catch (Exception e) {
                        answer = new Answer(-1, e.getClass().getSimpleName() + ": " + e.getMessage());
                    }
                    mine.add(new Outcome(number, answer.status(), System.nanoTime() - began, answer.detail()));
                }
                return mine;
            }));
        }
        long began = System.nanoTime();
        start.countDown();
        List<Outcome> outcomes = new ArrayList<>();
        try {
            for (Future<List<Outcome>> worker : workers) {
                outcomes.addAll(worker.get(10, TimeUnit.MINUTES));
            }
        } catch (Exception e) {
            throw new IllegalStateException("A client of the parallel run failed", e);
        } finally {
            pool.shutdownNow();
        }
        return new Run(outcomes, System.nanoTime() - began);
    }

    /** Numbers {@code 0..n-1} mapped, e.g. to distinct MRNs. */
    public static <T> List<T> each(int n, IntFunction<T> make) {
        List<T> made = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            made.add(make.apply(i));
        }
        return made;
    }
}
