/**
 * MicroProfile Health checks for IT, served by Payara at {@code /health/ready} and {@code /health/live}: whether
 * the database answers with the schema this build expects, and whether the process lives.
 */
package org.cryopath.scheduling.interfaces.health;
