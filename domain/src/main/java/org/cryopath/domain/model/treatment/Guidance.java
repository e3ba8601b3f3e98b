package org.cryopath.domain.model.treatment;

/** The imaging that guides the needle, as decided at triage; it decides which rooms can host the sessions. */
public enum Guidance {
    CT, ULTRASOUND
}
