/**
 * MicroProfile Health checks of patient email for IT, served by Payara at {@code /health/ready}: whether the SMTP
 * relay takes connections, and how long the oldest due email has waited.
 */
package org.cryopath.notifications.interfaces.health;
