package org.cryopath.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cryopath.it.support.Bench;
import org.cryopath.it.support.MicroInstance;
import org.cryopath.it.support.MicroPair;
import org.cryopath.it.support.TestMailServer;
import org.cryopath.it.support.TestOutbox;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@code BENCH outbox-two-instances} ({@code ./mvnw -Pbench verify}, in the it-cluster run, never part of the normal
 * test run): N due emails (20,000, {@code -Dbench.cluster.messages=...}) drained by one Payara Micro instance of the
 * Micro WAR, then N more by two clustered instances, in the same run, on the build's PostgreSQL cluster, to GreenMail
 * listening directly on the SMTP port. Each instance runs the real outbox dispatcher on its own timer (every second,
 * batches of 250 and a lease of 300 s, the production defaults); nothing else sends. First instance a alone: a warm-up of 2,000, then N;
 * then b joins the data grid: a warm-up of 2,000 on both, then N. The time of a round runs from the moment its
 * messages are made due to the moment the database has them all as sent. Prints the rate of each, their ratio, how
 * many each instance sent, and the duplicates counted per Message-ID at GreenMail, which must be 0. It measures the
 * rates, it does not judge them.
 */
@Tag("cluster")
class OutboxTwoInstancesBenchmark {

    private static final int MESSAGES = Integer.getInteger("bench.cluster.messages", 20000);
    private static final int WARM_UP = 2000;

    @Test
    void twoInstancesAgainstOne() {
        Assumptions.assumeFalse(MicroPair.jdbcUrl().isEmpty(), "two instances need PostgreSQL");
        TestMailServer.direct();
        // The bench profile slows the test server's own dispatcher to once an hour; here the dispatchers are the
        // subject. The production batch and lease: with the tests' 20 s lease, a batch of 250 claimed ahead while two
        // loaded instances sent the one before outlived its lease, and the other instance sent it again (1,280 repeats
        // under their Message-IDs in the first run, 2026-11-30)
        Map<String, String> environment = Map.of("CRYOPATH_OUTBOX_INTERVAL_SECONDS", "1",
                "CRYOPATH_OUTBOX_BATCH_SIZE", "250", "CRYOPATH_OUTBOX_LEASE_SECONDS", "300");
        try (MicroPair pair = MicroPair.prepare(environment)) {
            MicroInstance a = pair.startA();
            drain("warm-one", WARM_UP, List.of(a));
            Round one = drain("one", MESSAGES, List.of(a));
            MicroInstance b = pair.startB();
            drain("warm-two", WARM_UP, List.of(a, b));
            Round two = drain("two", MESSAGES, List.of(a, b));

            Bench.report("outbox-two-instances", String.format(Locale.ROOT,
                    "BENCH outbox-two-instances messages=%d batch=250 one_msgs_per_s=%.1f two_msgs_per_s=%.1f "
                            + "ratio=%.2f one_s=%.1f two_s=%.1f two_sent_a=%d two_sent_b=%d duplicates=%d",
                    MESSAGES, MESSAGES / one.seconds(), MESSAGES / two.seconds(), one.seconds() / two.seconds(),
                    one.seconds(), two.seconds(), two.sent().get(0), two.sent().get(1),
                    one.duplicates() + two.duplicates()));
        }
    }

    /** One round: {@code count} messages enqueued, made due at once, and waited for until all are sent. */
    private static Round drain(String name, int count, List<MicroInstance> instances) {
        String topic = TestOutbox.uniqueTopic("bench-" + name);
        MicroInstance a = instances.get(0);
        for (int from = 0; from < count; from += 250) {
            MicroPair.enqueue(a, topic, from, Math.min(count, from + 250));
        }
        // Past the outbox's settle time (2 s), which holds back rows just written: the round measures the sending
        pause(Duration.ofSeconds(3));
        List<Double> before = instances.stream().map(MicroPair::sent).toList();
        long start = System.nanoTime();
        MicroPair.makeDue(a, topic);
        long deadline = start + Duration.ofMinutes(30).toNanos();
        while (MicroPair.sentInDatabase(a, topic) < count) {
            assertThat(System.nanoTime()).as("all " + count + " sent within 30 minutes").isLessThan(deadline);
            pause(Duration.ofMillis(200));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Long> sent = java.util.stream.IntStream.range(0, instances.size())
                .mapToObj(i -> Math.round(MicroPair.sent(instances.get(i)) - before.get(i))).toList();

        Map<String, Long> perMessageId = TestMailServer.messageIdCounts(topic + "-");
        long deliveries = perMessageId.values().stream().mapToLong(Long::longValue).sum();
        assertThat(perMessageId).as("every message arrived").hasSize(count);
        assertThat(deliveries - count).as("duplicates per Message-ID").isZero();
        System.out.printf(Locale.ROOT, "outbox-two-instances round=%s instances=%d messages=%d seconds=%.1f "
                + "msgs_per_s=%.1f sent=%s%n", name, instances.size(), count, seconds, count / seconds, sent);
        return new Round(seconds, sent.size() == 1 ? List.of(sent.get(0), 0L) : sent, deliveries - count);
    }

    private record Round(double seconds, List<Long> sent, long duplicates) {
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
