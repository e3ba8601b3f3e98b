package org.cryopath.domain.infrastructure.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.Principal;
import java.time.Clock;
import java.util.Map;
import org.cryopath.domain.model.audit.AuditEntry;
import org.cryopath.domain.model.patient.PatientId;

/**
 * Writes audit entries in the caller's transaction, so a change and its audit entry are stored together or not
 * at all. The actor is the signed-in caller; work without one (timers, start-up) is the system's.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AuditTrail {

    @PersistenceContext(unitName = "cryopath")
    EntityManager em;

    @Inject
    Principal caller;

    @Inject
    Clock clock;

    public void record(String action, String subjectType, Long subjectId, PatientId patient,
            Map<String, String> before, Map<String, String> after) {
        recordAs(actor(), action, subjectType, subjectId, patient, before, after);
    }

    /** For what happens before anyone is signed in (a sign-in attempt): the actor is named by the caller. */
    public void recordAs(String actor, String action, String subjectType, Long subjectId, PatientId patient,
            Map<String, String> before, Map<String, String> after) {
        em.persist(AuditEntry.of(clock.instant(), actor, action, subjectType, subjectId, patient, before, after));
    }

    /** The signed-in user's name, or {@code system}. */
    public String actor() {
        String name = caller == null ? null : caller.getName();
        return name == null || name.isBlank() || "ANONYMOUS".equalsIgnoreCase(name) ? AuditEntry.SYSTEM : name;
    }
}
