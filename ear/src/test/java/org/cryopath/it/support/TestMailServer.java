package org.cryopath.it.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The SMTP server the test Payara sends to, one for the whole test run: a real GreenMail server behind an
 * {@link SmtpGate} on the port the server was configured with ({@code it.smtpPort}). The gate refuses
 * {@code reject...} recipients (550) and defers {@code later...} ones (451), and can be stopped, started and slowed
 * down; GreenMail keeps every message through it all. Tests filter by their own recipients, so they need not purge.
 */
public final class TestMailServer {

    private static GreenMail greenMail;
    private static SmtpGate gate;

    private TestMailServer() {
    }

    public static synchronized GreenMail get() {
        if (greenMail == null) {
            greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
            greenMail.start();
            gate = new SmtpGate(smtpPort(), greenMail.getSmtp().getPort());
            gate.open();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                gate.close();
                greenMail.stop();
            }));
        }
        return greenMail;
    }

    /**
     * GreenMail itself on the test server's SMTP port, without the gate: for the benchmark, so that nothing but
     * GreenMail stands between the senders and the SMTP server.
     */
    public static synchronized GreenMail direct() {
        if (greenMail == null) {
            greenMail = new GreenMail(new ServerSetup(smtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            greenMail.start();
            Runtime.getRuntime().addShutdownHook(new Thread(greenMail::stop));
        }
        return greenMail;
    }

    /** The SMTP server goes down: connections are refused, open ones cut. */
    public static void stopSmtp() {
        get();
        gate.close();
    }

    /** The SMTP server is back. */
    public static void startSmtp() {
        get();
        gate.open();
    }

    /** Every message takes this long to be accepted (0: full speed). */
    public static void delayEachMessageBy(long millis) {
        get();
        gate.delayEachMessageBy(millis);
    }

    /** The messages received so far for one address. */
    public static List<MimeMessage> messagesTo(String address) {
        return Arrays.stream(get().getReceivedMessages())
                .filter(message -> isTo(message, address))
                .toList();
    }

    /** How many times each Message-ID arrived, among the messages to addresses starting with {@code prefix}. */
    public static Map<String, Long> messageIdCounts(String recipientPrefix) {
        return Arrays.stream(get().getReceivedMessages())
                .filter(message -> recipientStartsWith(message, recipientPrefix))
                .map(TestMailServer::messageId)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private static int smtpPort() {
        return Integer.getInteger("it.smtpPort", 28025);
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isTo(MimeMessage message, String address) {
        try {
            return message.getAllRecipients() != null && Arrays.stream(message.getAllRecipients())
                    .anyMatch(recipient -> recipient.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            return false;
        }
    }

    private static boolean recipientStartsWith(MimeMessage message, String prefix) {
        try {
            return message.getAllRecipients() != null && Arrays.stream(message.getAllRecipients())
                    .anyMatch(recipient -> recipient.toString().toLowerCase().startsWith(prefix.toLowerCase()));
        } catch (MessagingException e) {
            return false;
        }
    }
}
