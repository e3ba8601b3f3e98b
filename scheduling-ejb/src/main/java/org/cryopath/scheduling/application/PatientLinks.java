package org.cryopath.scheduling.application;

import jakarta.ejb.Local;
import java.time.Instant;
import java.util.List;
import org.cryopath.domain.model.link.LinkState;
import org.cryopath.domain.model.patient.Language;

/**
 * What patients do through the links in their emails (they have no login). Opening a link only reads; the action
 * is a separate call made by a form's POST, because mail scanners open links.
 */
@Local
public interface PatientLinks {

    /** What the preparation link shows: its state, and while it works, whom it greets and the instructions. */
    PreparationLink openPreparation(String token);

    /** The patient confirms having read their instructions; the link then works no more. */
    PreparationLink acknowledgePreparation(String token);

    /**
     * @param language the patient's language, in which the page speaks to them
     * @param instructions the plan's texts, in the patient's language
     * @param acknowledgedAt when the patient confirmed (after the action, or when a used link is opened again)
     */
    record PreparationLink(LinkState state, Language language, String givenName, List<String> instructions,
            Instant acknowledgedAt) {

        public PreparationLink {
            instructions = List.copyOf(instructions);
        }

        /** A link that shows nothing but its state (the page then speaks the browser's language). */
        public static PreparationLink of(LinkState state) {
            return new PreparationLink(state, null, null, List.of(), null);
        }
    }
}
