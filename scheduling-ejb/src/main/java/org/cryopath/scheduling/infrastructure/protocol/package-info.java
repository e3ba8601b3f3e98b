/** The first protocol version of a new installation. */
package org.cryopath.scheduling.infrastructure.protocol;
