package org.cryopath.domain.model.calendar;

/** What a clinician does in a session: the radiologist treats; an anaesthetist is needed under general anaesthesia. */
public enum ClinicianRole {
    RADIOLOGIST, ANAESTHETIST
}
