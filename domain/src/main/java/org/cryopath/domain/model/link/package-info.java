/** Patient links: purpose-bound, expiring, hashed tokens sent by email (patients have no login). */
package org.cryopath.domain.model.link;
