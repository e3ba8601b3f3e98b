/** The treatment case: an accepted referral's way from preparation to follow-up. */
package org.cryopath.domain.model.treatment;
