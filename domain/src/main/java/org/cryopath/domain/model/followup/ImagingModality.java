package org.cryopath.domain.model.followup;

/** How a follow-up scan is done. */
public enum ImagingModality {
    CT, MRI, ULTRASOUND, PET_CT
}
