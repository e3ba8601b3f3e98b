/** SMTP: the application's mail session, Message-IDs, and sending a batch of messages over one connection. */
package org.cryopath.notifications.infrastructure.smtp;
