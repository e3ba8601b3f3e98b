/** The referral: what a referring clinician asks for, and its way through triage. */
package org.cryopath.domain.model.referral;
