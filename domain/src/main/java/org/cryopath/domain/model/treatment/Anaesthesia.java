package org.cryopath.domain.model.treatment;

/** How the patient is kept comfortable during the procedure; it decides fasting and recovery. */
public enum Anaesthesia {
    GENERAL, SEDATION
}
