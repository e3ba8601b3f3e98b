package org.cryopath.scheduling.archfixture;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

/** Wrong on purpose (ArchitectureTest): mail sent around the outbox. */
public class SchedulingSendingMail {

    void send(MimeMessage message) throws MessagingException {
        Transport.send(message);
    }
}
