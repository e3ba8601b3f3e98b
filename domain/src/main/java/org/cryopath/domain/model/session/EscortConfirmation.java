package org.cryopath.domain.model.session;

/** How an escort was confirmed: by the patient through their link, or by the front desk after a phone call. */
public enum EscortConfirmation {
    PATIENT_LINK, STAFF_PHONE
}
