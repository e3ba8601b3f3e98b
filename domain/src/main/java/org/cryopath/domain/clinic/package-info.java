/** The clinic's identity and time zone, as configured by its IT. */
package org.cryopath.domain.clinic;
