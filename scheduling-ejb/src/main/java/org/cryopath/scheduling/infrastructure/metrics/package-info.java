/** MicroProfile Metrics of the pathway's services for IT, served by Payara at {@code /metrics?scope=application}. */
package org.cryopath.scheduling.infrastructure.metrics;
