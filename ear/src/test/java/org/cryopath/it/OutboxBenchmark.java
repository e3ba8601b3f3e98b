package org.cryopath.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Locale;
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
 * The outbox benchmark ({@code ./mvnw -Pbench verify}, never part of the normal test run), on each database the
 * integration tests run on (Derby, then PostgreSQL): inside the server, the real dispatcher drains N due outbox
 * messages to a local GreenMail, and a plain Angus Mail loop sends the same N messages over one connection to the
 * same GreenMail from the same JVM; after a warm-up, two rounds in the order outbox, plain, plain, outbox, so that
 * drift favours neither. N is 5,000 and then 50,000 ({@code -Dbench.messages=5000,50000}). Prints the mean rates and
 * their ratio as one {@code BENCH outbox database=... messages=N ...} line per database and N (also written to
 * {@code target/bench/outbox-<database>.txt}). It measures, it does not judge: the goal (a ratio of at least 0.9) is
 * reported, not asserted.
 */
@ExtendWith(ArquillianExtension.class)
class OutboxBenchmark {

    private static final String SIZES = System.getProperty("bench.messages", "5000,50000");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return CryoPathDeployment.realEarWithProbe();
    }

    @BeforeAll
    static void smtpServer() {
        TestMailServer.direct();
    }

    @Test
    void outboxAgainstAPlainLoop() throws IOException, InterruptedException {
        String database = System.getProperty("it.database", "derby");
        Path file = Path.of(System.getProperty("bench.dir", "target/bench"), "outbox-" + database + ".txt");
        Files.createDirectories(file.getParent());
        Files.deleteIfExists(file);
        for (String size : SIZES.split(",")) {
            int messages = Integer.parseInt(size.strip());
            JsonObject result = await(Probe.post("bench/outbox?count=" + messages, null).object().getString("run"));

            assertThat(result.getString("database")).isEqualTo(database);
            assertThat(result.getJsonNumber("sent").longValue()).as("every message recorded as sent")
                    .isEqualTo(2L * messages);
            String line = String.format(Locale.ROOT,
                    "BENCH outbox database=%s messages=%d outbox_msgs_per_s=%.1f plain_msgs_per_s=%.1f ratio=%.3f "
                            + "rounds=2 outbox_s=%.2f,%.2f plain_s=%.2f,%.2f",
                    database, messages, result.getJsonNumber("outboxPerSecond").doubleValue(),
                    result.getJsonNumber("plainPerSecond").doubleValue(), result.getJsonNumber("ratio").doubleValue(),
                    seconds(result, "outboxSeconds", 0), seconds(result, "outboxSeconds", 1),
                    seconds(result, "plainSeconds", 0), seconds(result, "plainSeconds", 1));
            Files.writeString(file, line + System.lineSeparator(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            System.out.println(line);
        }
    }

    /** Polls the run until it is done (50,000 messages take minutes); an hour is the most it may take. */
    private static JsonObject await(String run) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofHours(1).toNanos();
        while (System.nanoTime() < deadline) {
            JsonObject state = Probe.get("bench/outbox/" + run).object();
            if (state.getBoolean("done")) {
                return state;
            }
            Thread.sleep(2000);
        }
        throw new AssertionError("The benchmark run did not finish within an hour");
    }

    private static double seconds(JsonObject result, String key, int round) {
        return result.getJsonArray(key).getJsonNumber(round).doubleValue();
    }
}
