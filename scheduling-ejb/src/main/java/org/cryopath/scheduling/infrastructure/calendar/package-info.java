/** The clinic calendar's start-up work: the scheduling rules' defaults for a new installation. */
package org.cryopath.scheduling.infrastructure.calendar;
