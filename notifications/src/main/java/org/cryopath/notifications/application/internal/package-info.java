/**
 * Observers that turn domain events into outbox rows inside the causing transaction, and the dispatcher that
 * sends due rows.
 */
package org.cryopath.notifications.application.internal;
