package org.cryopath.domain.model.treatment;

/** Identifies a treatment case in events, commands and pages. */
public record TreatmentCaseId(long value) {

    @Override
    public String toString() {
        return "case-" + value;
    }
}
