/** The outbox: every patient email as a row written with the change that causes it, and its delivery state. */
package org.cryopath.domain.model.outbox;
