package org.cryopath.domain.model.patient;

/** Identifies a patient in events, commands and links, without handing the entity around. */
public record PatientId(long value) {

    @Override
    public String toString() {
        return "patient-" + value;
    }
}
