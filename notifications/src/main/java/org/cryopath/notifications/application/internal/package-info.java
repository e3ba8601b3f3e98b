/**
 * The outbox's implementations: observers that turn domain events into outbox rows inside the causing transaction,
 * the dispatcher that sends due rows and its ledger (claims and outcomes), and the monitoring service of the staff
 * dashboard.
 */
package org.cryopath.notifications.application.internal;
