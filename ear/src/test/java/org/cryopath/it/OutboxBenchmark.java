package org.cryopath.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.Locale;
import org.cryopath.it.support.Bench;
import org.cryopath.it.support.CryoPathDeployment;
import org.cryopath.it.support.Probe;
import org.cryopath.it.support.TestMailServer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The outbox benchmark ({@code ./mvnw -Pbench verify}, never part of the normal test run): inside the server, the
 * real dispatcher drains 5,000 due outbox messages to a local GreenMail, and a plain Angus Mail loop sends the same
 * 5,000 messages over one connection to the same GreenMail from the same JVM; after a warm-up, two rounds in the
 * order outbox, plain, plain, outbox, so that drift favours neither. Prints the mean rates and their ratio as
 * a {@code BENCH outbox ...} line (also written to {@code target/bench/outbox.txt}). It measures, it does not judge:
 * the goal (a ratio of at least 0.7) is reported, not asserted.
 */
@ExtendWith(ArquillianExtension.class)
class OutboxBenchmark {

    private static final int MESSAGES = Integer.getInteger("bench.messages", 5000);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return CryoPathDeployment.realEarWithProbe();
    }

    @BeforeAll
    static void smtpServer() {
        TestMailServer.direct();
    }

    @Test
    void outboxAgainstAPlainLoop() {
        JsonObject result = Probe.post("bench/outbox?count=" + MESSAGES, null).object();

        assertThat(result.getJsonNumber("sent").longValue()).as("every message recorded as sent").isEqualTo(2L * MESSAGES);
        String line = String.format(Locale.ROOT,
                "BENCH outbox outbox_msgs_per_s=%.1f plain_msgs_per_s=%.1f ratio=%.3f messages=%d rounds=2 "
                        + "outbox_s=%.2f,%.2f plain_s=%.2f,%.2f",
                result.getJsonNumber("outboxPerSecond").doubleValue(), result.getJsonNumber("plainPerSecond").doubleValue(),
                result.getJsonNumber("ratio").doubleValue(), MESSAGES,
                seconds(result, "outboxSeconds", 0), seconds(result, "outboxSeconds", 1),
                seconds(result, "plainSeconds", 0), seconds(result, "plainSeconds", 1));
        Bench.report("outbox", line);
    }

    private static double seconds(JsonObject result, String key, int round) {
        return result.getJsonArray(key).getJsonNumber(round).doubleValue();
    }
}
