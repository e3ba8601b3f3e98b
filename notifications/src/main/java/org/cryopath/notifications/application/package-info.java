/**
 * What other modules use of notifications: the outbox they enqueue patient email into (and supersede stale mail
 * with), and the outbox monitoring service of the staff dashboard with its read models.
 */
package org.cryopath.notifications.application;
