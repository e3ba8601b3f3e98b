/** iCalendar invitations (RFC 5545 / iTIP RFC 5546) attached to booking emails, built with ical4j. */
package org.cryopath.notifications.infrastructure.calendar;
