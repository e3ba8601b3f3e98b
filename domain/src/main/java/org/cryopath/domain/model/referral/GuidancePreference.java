package org.cryopath.domain.model.referral;

/** The imaging guidance the referring clinician asks for; triage decides the one actually used. */
public enum GuidancePreference {
    CT, ULTRASOUND, EITHER
}
