/**
 * A treated patient's follow-up: the imaging touchpoints computed at discharge from the clinic's protocol, each
 * booked, done or cancelled from the follow-up worklist.
 */
package org.cryopath.domain.model.followup;
