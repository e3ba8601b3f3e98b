package org.cryopath.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.cryopath.it.support.TestOutbox.countIn;
import static org.cryopath.it.support.TestOutbox.enqueue;
import static org.cryopath.it.support.TestOutbox.messageIds;
import static org.cryopath.it.support.TestOutbox.messages;
import static org.cryopath.it.support.TestOutbox.uniqueTopic;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.cryopath.it.support.CryoPathDeployment;
import org.cryopath.it.support.Server;
import org.cryopath.it.support.TestMailServer;
import org.cryopath.it.support.TestOutbox;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The server is killed in the middle of a batch and started again: nothing is lost. A message that was handed to
 * SMTP but not yet recorded as sent when the server died is sent again after its lease ends, and then both copies
 * carry the same Message-ID, so the patient's mail client shows it once.
 */
@ExtendWith(ArquillianExtension.class)
class OutboxCrashIT {

    private static final int MESSAGES = 300;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return CryoPathDeployment.realEarWithProbe();
    }

    @BeforeAll
    static void smtpServer() {
        TestMailServer.get();
    }

    @AfterEach
    void smtpBackToFullSpeed() {
        TestMailServer.delayEachMessageBy(0);
    }

    @Test
    void aServerKilledMidBatchLosesNothingAndRepeatsOnlyWithTheSameMessageId() {
        String topic = uniqueTopic("crash");
        enqueue(messages(topic, MESSAGES, 3600));
        Set<String> stored = messageIds(topic);
        // A slow relay, so the dispatcher is surely in the middle of a batch when the server dies.
        TestMailServer.delayEachMessageBy(40);
        TestOutbox.makeDue(topic);
        await().atMost(Duration.ofSeconds(60)).until(() -> TestMailServer.messageIdCounts(topic).size() >= 20);

        Server.crashAndRestart(Duration.ofMinutes(4));
        TestMailServer.delayEachMessageBy(0);

        // Claims of the killed server come back when their lease (20 s in the tests) runs out.
        await().atMost(Duration.ofMinutes(2)).until(() -> countIn(topic, "SENT") == MESSAGES);
        Map<String, Long> received = TestMailServer.messageIdCounts(topic);
        assertThat(received.keySet()).as("every message arrived, under its stored Message-ID").isEqualTo(stored);
        long repeated = received.values().stream().filter(count -> count > 1).count();
        assertThat(received.values()).allSatisfy(count -> assertThat(count).isBetween(1L, 2L));
        System.out.println("OutboxCrashIT: " + MESSAGES + " messages, " + repeated
                + " sent twice (same Message-ID) after the kill");
    }
}
