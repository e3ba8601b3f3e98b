package org.cryopath.domain.model.referral;

/** How soon the referring clinician needs the patient seen. */
public enum Priority {
    ROUTINE, URGENT
}
