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

    /** What the escort link shows: its state, and while it works, the session and the escort as answered so far. */
    EscortLink openEscort(String token);

    /**
     * The patient names their escort (name and phone required, relationship optional). A field missing or wrong is
     * refused on its field ({@code escortName}, {@code escortPhone}, {@code escortRelationship}) and nothing is stored;
     * a used, expired or unknown link changes nothing and says so in its state.
     */
    EscortLink confirmEscort(String token, String name, String phone, String relationship);

    /** The patient has nobody to take them home: the session goes on the escort worklist, at risk, at once. */
    EscortLink escortUnavailable(String token);

    /**
     * @param start the session's start
     * @param escortStatus where the escort stands (after the action, or as answered before when a used link is opened)
     * @param escortName the escort named, when confirmed
     */
    record EscortLink(LinkState state, Language language, String givenName, Instant start,
            org.cryopath.domain.model.session.EscortStatus escortStatus, String escortName) {

        public static EscortLink of(LinkState state) {
            return new EscortLink(state, null, null, null, null, null);
        }
    }

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
