package org.cryopath.notifications.infrastructure.smtp;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.ServerSocket;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.cryopath.domain.model.outbox.MailContent;
import org.cryopath.domain.model.patient.Language;
import org.cryopath.notifications.infrastructure.smtp.DeliveryOutcome.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The batch sender against real SMTP servers on loopback ports: GreenMail for what arrives, a scripted server for
 * refusals (5xx, 4xx), and a closed port for a server that is down.
 */
class SmtpBatchSenderTest {

    @RegisterExtension
    static final GreenMailExtension GREENMAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final MailContent CONTENT = MailContent.of("Harbour IR: your appointment is booked",
            "Plain text", "<p>HTML</p>");
    private static final MailContent WITH_INVITE = CONTENT.withCalendar("BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n",
            "REQUEST");

    @Test
    void aBatchArrivesWithTheMessageIdsStoredInTheOutbox() throws Exception {
        SmtpBatchSender sender = sender(GREENMAIL.getSmtp().getPort());

        SentBatch sent = sender.send(List.of(message(1, "ana@example.org", CONTENT), message(2, "ben@example.org", WITH_INVITE)));

        assertThat(sent.serverUnavailable()).isFalse();
        assertThat(sent.outcomes()).extracting(DeliveryOutcome::result).containsExactly(Result.DELIVERED, Result.DELIVERED);
        MimeMessage[] received = GREENMAIL.getReceivedMessages();
        assertThat(received).extracting(MimeMessage::getMessageID).containsExactly("<1@cryopath.example>", "<2@cryopath.example>");
        assertThat(received[0].getContentType()).startsWith("multipart/alternative");
        assertThat(received[0].getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
        assertThat(received[0].getReplyTo()[0].toString()).isEqualTo("desk@harbour.example");
        MimeMultipart mixed = (MimeMultipart) received[1].getContent();
        assertThat(received[1].getContentType()).startsWith("multipart/mixed");
        MimeMultipart alternative = (MimeMultipart) mixed.getBodyPart(0).getContent();
        assertThat(alternative.getBodyPart(2).getContentType()).startsWith("text/calendar").contains("method=REQUEST");
        assertThat(mixed.getBodyPart(1).getFileName()).isEqualTo("invite.ics");
    }

    @Test
    void aRefusedRecipientFailsAtOnceADeferredOneIsRetriedAndTheOthersStillGo() throws Exception {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer()) {
            SmtpBatchSender sender = sender(server.port());

            SentBatch sent = sender.send(List.of(message(1, "reject-me@example.org", CONTENT),
                    message(2, "later@example.org", CONTENT), message(3, "ana@example.org", CONTENT)));

            assertThat(sent.outcomes()).extracting(DeliveryOutcome::result)
                    .containsExactly(Result.PERMANENT_FAILURE, Result.TRANSIENT_FAILURE, Result.DELIVERED);
            assertThat(sent.outcomes().get(0).detail()).as("the server's own answer, for staff")
                    .isEqualTo("550 5.1.1 mailbox unavailable");
            assertThat(sent.outcomes().get(1).detail()).startsWith("451 4.2.0");
            assertThat(server.acceptedMessageIds).containsExactly("<3@cryopath.example>");
            assertThat(server.connections()).as("one connection for the whole batch").isEqualTo(1);
        }
    }

    @Test
    void aConnectionCarriesBatchAfterBatch() throws Exception {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer()) {
            try (SmtpBatchSender.Connection connection = sender(server.port()).open()) {
                connection.send(List.of(message(1, "ana@example.org", CONTENT)));
                connection.send(List.of(message(2, "ben@example.org", CONTENT), message(3, "eva@example.org", CONTENT)));
            }

            assertThat(server.acceptedMessageIds).hasSize(3);
            assertThat(server.connections()).isEqualTo(1);
        }
    }

    @Test
    void anAddressNoServerCouldTakeFailsAtOnceWithoutTryingTheServer() throws Exception {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer()) {
            SentBatch sent = sender(server.port()).send(List.of(message(1, "ana@@example..org", CONTENT),
                    message(2, "ben@example.org", CONTENT)));

            assertThat(sent.outcomes()).extracting(DeliveryOutcome::result)
                    .containsExactly(Result.PERMANENT_FAILURE, Result.DELIVERED);
            assertThat(sent.outcomes().get(0).detail()).startsWith("Malformed recipient address");
        }
    }

    @Test
    void aServerThatIsDownLeavesEveryMessageForLater() throws Exception {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0)) {
            closedPort = probe.getLocalPort();
        }

        SentBatch sent = sender(closedPort).send(List.of(message(1, "ana@example.org", CONTENT),
                message(2, "ben@example.org", CONTENT)));

        assertThat(sent.serverUnavailable()).isTrue();
        assertThat(sent.outcomes()).extracting(DeliveryOutcome::result)
                .containsExactly(Result.TRANSIENT_FAILURE, Result.TRANSIENT_FAILURE);
        assertThat(sent.outcomes().get(0).detail()).startsWith("SMTP server unreachable").contains("Connect");
    }

    @Test
    void replyCodesAreReadFromTheServersAnswer() {
        assertThat(SmtpBatchSender.replyCode(new jakarta.mail.MessagingException("552 5.3.4 message too big"))).isEqualTo(552);
        assertThat(SmtpBatchSender.replyCode(new jakarta.mail.MessagingException("Connection reset"))).isEqualTo(-1);
    }

    private static SmtpBatchSender sender(int port) throws jakarta.mail.internet.AddressException {
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.host", "127.0.0.1");
        properties.setProperty("mail.smtp.port", String.valueOf(port));
        properties.setProperty("mail.smtp.connectiontimeout", "5000");
        properties.setProperty("mail.smtp.timeout", "5000");
        return new SmtpBatchSender(Session.getInstance(properties), new InternetAddress("\"Harbour IR\" <no-reply@harbour.example>"),
                Optional.of(new InternetAddress("desk@harbour.example")), Optional.empty());
    }

    private static OutboundMessage message(long id, String recipient, MailContent content) {
        return new OutboundMessage(id, "<" + id + "@cryopath.example>", recipient, Language.EN, content);
    }
}
