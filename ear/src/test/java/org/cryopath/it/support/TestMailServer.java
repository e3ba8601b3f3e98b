package org.cryopath.it.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;

/**
 * The SMTP server the test Payara sends to: a real GreenMail server, one for the whole test run, on the port the
 * server was configured with ({@code it.smtpPort}). Tests filter by their own recipients, so they need not purge.
 */
public final class TestMailServer {

    private static GreenMail greenMail;

    private TestMailServer() {
    }

    public static synchronized GreenMail get() {
        if (greenMail == null) {
            greenMail = new GreenMail(new ServerSetup(Integer.getInteger("it.smtpPort", 28025), "127.0.0.1",
                    ServerSetup.PROTOCOL_SMTP));
            greenMail.start();
            Runtime.getRuntime().addShutdownHook(new Thread(greenMail::stop));
        }
        return greenMail;
    }

    /** The messages received so far for one address. */
    public static List<MimeMessage> messagesTo(String address) {
        return Arrays.stream(get().getReceivedMessages())
                .filter(message -> isTo(message, address))
                .toList();
    }

    private static boolean isTo(MimeMessage message, String address) {
        try {
            return message.getAllRecipients() != null && Arrays.stream(message.getAllRecipients())
                    .anyMatch(recipient -> recipient.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            return false;
        }
    }
}
