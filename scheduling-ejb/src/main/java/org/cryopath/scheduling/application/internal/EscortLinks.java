package org.cryopath.scheduling.application.internal;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import org.cryopath.domain.clinic.ClinicProfile;
import org.cryopath.domain.model.link.LinkPurpose;
import org.cryopath.domain.model.link.PatientLink;
import org.cryopath.domain.model.session.Session;

/** The patient's escort links: one per email that asks (E3, E6), each valid until the session's day is over. */
final class EscortLinks {

    private EscortLinks() {
    }

    /** Issues a new link to name the escort of {@code session}; answers its token (only its hash is stored). */
    static String issue(EntityManager em, ClinicProfile clinic, Session session, Instant now) {
        Instant until = clinic.startOf(clinic.dateAt(session.start()).plusDays(1));
        PatientLink.Issued link = PatientLink.issue(LinkPurpose.CONFIRM_ESCORT, session.id(), session.patient().id(),
                Duration.between(now, until), now);
        em.persist(link.link());
        return link.token();
    }

    /** Once the escort is answered (by either way), the session's other escort links no longer work. */
    static void withdrawOthers(EntityManager em, long sessionId, PatientLink kept) {
        em.createQuery("SELECT l FROM PatientLink l WHERE l.purpose = :purpose AND l.subjectId = :session",
                        PatientLink.class)
                .setParameter("purpose", LinkPurpose.CONFIRM_ESCORT)
                .setParameter("session", sessionId)
                .getResultStream()
                .filter(link -> kept == null || link.id() != kept.id())
                .filter(link -> link.usedAt() == null)
                .forEach(PatientLink::withdraw);
    }
}
