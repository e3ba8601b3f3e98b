/** What other modules use of notifications: the outbox they enqueue patient email into. */
package org.cryopath.notifications.application;
