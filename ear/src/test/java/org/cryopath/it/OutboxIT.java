package org.cryopath.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.cryopath.it.support.TestOutbox.countIn;
import static org.cryopath.it.support.TestOutbox.enqueue;
import static org.cryopath.it.support.TestOutbox.message;
import static org.cryopath.it.support.TestOutbox.messageIds;
import static org.cryopath.it.support.TestOutbox.messages;
import static org.cryopath.it.support.TestOutbox.recipientOf;
import static org.cryopath.it.support.TestOutbox.rows;
import static org.cryopath.it.support.TestOutbox.uniqueTopic;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cryopath.it.support.CryoPathDeployment;
import org.cryopath.it.support.Probe;
import org.cryopath.it.support.TestMailServer;
import org.cryopath.it.support.TestOutbox;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The outbox on the real EAR in a real Payara Server, sending to a real SMTP server (GreenMail behind a gate that
 * can refuse recipients, go down and come back): exactly one message per key for a committed change, none for a
 * rolled-back one, nothing lost while SMTP is down, permanent failures at once without blocking the rest, and two
 * dispatchers on one database never sending the same row. Counts are taken at the SMTP server, per Message-ID.
 */
@ExtendWith(ArquillianExtension.class)
class OutboxIT {

    private static final Duration MAIL_WAIT = Duration.ofSeconds(60);

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return CryoPathDeployment.realWithProbe();
    }

    @BeforeAll
    static void smtpServer() {
        TestMailServer.get();
    }

    @AfterEach
    void smtpBackToNormal() {
        TestMailServer.startSmtp();
        TestMailServer.delayEachMessageBy(0);
    }

    @Test
    void aCommittedChangeDeliversExactlyOneMessagePerKey() {
        String topic = uniqueTopic("once");
        List<JsonObject> three = messages(topic, 3, 0);

        enqueue(three, true, false);
        enqueue(three);

        assertThat(rows(topic)).hasSize(3);
        await().atMost(MAIL_WAIT).until(() -> countIn(topic, "SENT") == 3);
        // A few more timer runs: still one message per key.
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
                .until(() -> TestMailServer.messageIdCounts(topic).size() == 3);
        assertThat(TestMailServer.messageIdCounts(topic)).containsOnlyKeys(messageIds(topic))
                .allSatisfy((id, count) -> assertThat(count).as(id).isEqualTo(1));
    }

    @Test
    void aRolledBackChangeDeliversNothing() {
        String topic = uniqueTopic("rollback");

        enqueue(messages(topic, 3, 0), false, true);
        Probe.dispatchOutbox();

        assertThat(rows(topic)).isEmpty();
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
                .until(() -> TestMailServer.messageIdCounts(topic).isEmpty());
    }

    @Test
    void twoHundredMessagesDueWhileSmtpIsDownAllArriveOnceItIsBack() {
        String topic = uniqueTopic("outage");
        TestMailServer.stopSmtp();

        enqueue(messages(topic, 200, 0));
        // The dispatcher tries, finds the server down, and keeps every message pending for a later attempt.
        await().atMost(MAIL_WAIT).until(() -> rows(topic).stream().map(JsonValue::asJsonObject)
                .allMatch(row -> row.getInt("attempts") >= 1));
        assertThat(rows(topic).stream().map(JsonValue::asJsonObject))
                .allSatisfy(row -> {
                    assertThat(row.getString("status")).isEqualTo("PENDING");
                    assertThat(row.getString("lastError")).contains("SMTP server unreachable");
                });
        assertThat(TestMailServer.messageIdCounts(topic)).isEmpty();

        TestMailServer.startSmtp();

        await().atMost(MAIL_WAIT).until(() -> countIn(topic, "SENT") == 200);
        Map<String, Long> received = TestMailServer.messageIdCounts(topic);
        assertThat(received).hasSize(200).containsOnlyKeys(messageIds(topic))
                .allSatisfy((id, count) -> assertThat(count).as(id).isEqualTo(1));
    }

    @Test
    void aRefusedRecipientFailsAtOnceWithItsReasonAndTheOthersStillGo() {
        String topic = uniqueTopic("refused");
        String refused = "reject-" + topic + "@example.org";
        String deferred = "later-" + topic + "@example.org";
        enqueue(List.of(message(topic, 0, null, 0, false), message(topic, 1, refused, 0, false),
                message(topic, 2, deferred, 0, false), message(topic, 3, null, 0, false)));

        await().atMost(MAIL_WAIT).until(() -> countIn(topic, "SENT") == 2 && countIn(topic, "FAILED") == 1);

        Map<String, JsonObject> byRecipient = rows(topic).stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(row -> row.getString("recipient"), row -> row));
        JsonObject failed = byRecipient.get(refused);
        assertThat(failed.getString("status")).isEqualTo("FAILED");
        assertThat(failed.getInt("attempts")).as("failed at the first attempt").isEqualTo(1);
        assertThat(failed.getString("lastError")).contains("550").contains("mailbox unavailable");
        await().atMost(MAIL_WAIT).until(() -> rows(topic).stream().map(JsonValue::asJsonObject)
                .filter(row -> row.getString("recipient").equals(deferred))
                .allMatch(row -> row.getInt("attempts") >= 2));
        JsonObject retried = rows(topic).stream().map(JsonValue::asJsonObject)
                .filter(row -> row.getString("recipient").equals(deferred)).findFirst().orElseThrow();
        assertThat(retried.getString("lastError")).contains("451");
        assertThat(TestMailServer.messagesTo(recipientOf(topic, 0))).hasSize(1);
        assertThat(TestMailServer.messagesTo(recipientOf(topic, 3))).hasSize(1);
        assertThat(TestMailServer.messagesTo(refused)).isEmpty();
    }

    @Test
    void anAddressNoServerCouldTakeFailsAtOnce() {
        String topic = uniqueTopic("malformed");
        long id = enqueue(List.of(message(topic, 0, null, 3600, false))).get(0);
        TestOutbox.corruptRecipient(id, "patient@@example..org");
        TestOutbox.makeDue(topic);

        await().atMost(MAIL_WAIT).until(() -> countIn(topic, "FAILED") == 1);

        JsonObject row = rows(topic).getJsonObject(0);
        assertThat(row.getInt("attempts")).isEqualTo(1);
        assertThat(row.getString("lastError")).startsWith("Malformed recipient address");
    }

    @Test
    void twoDispatchersOnOneDatabaseNeverSendTheSameMessage() {
        String topic = uniqueTopic("cluster");
        // Enqueued for later, so the timer leaves them alone until both dispatchers start at once.
        enqueue(messages(topic, 400, 3600));
        TestOutbox.makeDue(topic);

        JsonArray reports = TestOutbox.dispatchConcurrently(2, 10);

        await().atMost(MAIL_WAIT).until(() -> countIn(topic, "SENT") == 400);
        Map<String, Long> received = TestMailServer.messageIdCounts(topic);
        assertThat(received).hasSize(400).containsOnlyKeys(messageIds(topic))
                .allSatisfy((id, count) -> assertThat(count).as(id).isEqualTo(1));
        assertThat(reports).hasSize(2).allSatisfy(report -> assertThat(report.asJsonObject().getInt("delivered"))
                .as("each dispatcher sent a share").isPositive());
    }

    @Test
    void supersedingATopicCancelsItsPendingMailInTheCallersTransaction() {
        String topic = uniqueTopic("session");
        String other = uniqueTopic("session");
        enqueue(messages(topic, 3, 3600));
        enqueue(messages(other, 1, 3600));

        assertThat(TestOutbox.supersede(topic, "session rescheduled", true)).isEqualTo(3);
        assertThat(countIn(topic, "PENDING")).as("rolled back: nothing changed").isEqualTo(3);

        assertThat(TestOutbox.supersede(topic, "session rescheduled", false)).isEqualTo(3);

        assertThat(rows(topic).stream().map(JsonValue::asJsonObject)).allSatisfy(row -> {
            assertThat(row.getString("status")).isEqualTo("CANCELLED");
            assertThat(row.getString("lastError")).isEqualTo("Superseded: session rescheduled");
        });
        assertThat(countIn(other, "PENDING")).isEqualTo(1);
        TestOutbox.makeDue(topic);
        Probe.dispatchOutbox();
        assertThat(TestMailServer.messageIdCounts(topic)).isEmpty();
        TestOutbox.supersede(other, "test over", false);
    }

    @Test
    void aBookingEmailCarriesItsCalendarInvitation() throws Exception {
        String topic = uniqueTopic("invite");
        enqueue(List.of(message(topic, 0, null, 0, true)));

        await().atMost(MAIL_WAIT).until(() -> TestMailServer.messagesTo(recipientOf(topic, 0)).size() == 1);

        MimeMessage mail = TestMailServer.messagesTo(recipientOf(topic, 0)).get(0);
        assertThat(mail.getSubject()).isEqualTo("CryoPath Demo Clinic: your appointment is booked");
        assertThat(mail.getContentType()).startsWith("multipart/mixed");
        MimeMultipart alternative = (MimeMultipart) ((MimeMultipart) mail.getContent()).getBodyPart(0).getContent();
        assertThat(alternative.getBodyPart(0).getContentType()).startsWith("text/plain");
        assertThat(alternative.getBodyPart(1).getContentType()).startsWith("text/html");
        assertThat(alternative.getBodyPart(2).getContentType()).startsWith("text/calendar").contains("method=REQUEST");
        String ics = new String(alternative.getBodyPart(2).getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                .replace("\r\n ", "");
        assertThat(ics).contains("METHOD:REQUEST", "UID:" + topic + "/0@cryopath.example", "SEQUENCE:0",
                "SUMMARY:Clinic appointment", "DTSTART;TZID=America/New_York:20261207T083000", "BEGIN:VTIMEZONE");
    }
}
