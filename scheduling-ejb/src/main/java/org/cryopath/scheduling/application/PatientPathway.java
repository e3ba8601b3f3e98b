package org.cryopath.scheduling.application;

import java.time.Instant;
import java.util.List;

/** A patient and the events of their pathway, oldest first. */
public record PatientPathway(PatientSummary patient, List<Event> events) {

    public PatientPathway {
        events = List.copyOf(events);
    }

    /**
     * One thing that happened: what (a message key such as {@code referral.registered} or {@code email.sent}),
     * when, who, and its details as "field: value" lines.
     */
    public record Event(Instant at, String what, String who, String details) {
    }
}
