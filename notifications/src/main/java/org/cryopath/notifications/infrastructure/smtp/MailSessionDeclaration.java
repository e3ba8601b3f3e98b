package org.cryopath.notifications.infrastructure.smtp;

import jakarta.ejb.Singleton;
import jakarta.mail.MailSessionDefinition;

/**
 * Defines the application's mail session, {@code java:app/mail/cryopath}, which the dispatcher sends through (see
 * {@link MailSettings}). Host, port and TLS come from MicroProfile Config ({@code cryopath.smtp.*}), read by Payara
 * when the application deploys (so only server-level configuration counts for them: system properties, environment,
 * {@code set-config-property}; the defaults are written here). A session bean only because Payara reads resource
 * definitions from components; it has no methods.
 */
@MailSessionDefinition(
        name = MailSettings.MAIL_SESSION,
        transportProtocol = "smtp",
        host = "${MPCONFIG=cryopath.smtp.host:localhost}",
        properties = {
            "mail.smtp.port=${MPCONFIG=cryopath.smtp.port:25}",
            "mail.smtp.starttls.enable=${MPCONFIG=cryopath.smtp.starttls:false}",
            "mail.smtp.starttls.required=${MPCONFIG=cryopath.smtp.starttls:false}",
            "mail.smtp.ssl.enable=${MPCONFIG=cryopath.smtp.ssl:false}",
            "mail.smtp.ssl.checkserveridentity=true",
            "mail.smtp.connectiontimeout=10000",
            "mail.smtp.timeout=30000",
            "mail.smtp.writetimeout=30000"
        })
@Singleton
public class MailSessionDeclaration {
}
