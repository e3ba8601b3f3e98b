package org.cryopath.scheduling.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.cryopath.domain.infrastructure.audit.AuditTrail;
import org.cryopath.domain.model.link.LinkPurpose;
import org.cryopath.domain.model.link.LinkState;
import org.cryopath.domain.model.link.PatientLink;
import org.cryopath.domain.model.preparation.PlanItem;
import org.cryopath.domain.model.preparation.PreparationPlan;
import org.cryopath.scheduling.application.PatientLinks;

@Stateless
// Patients open their links without an account: the link's token, checked for purpose, expiry and use, is
// the only authority here.
@PermitAll
public class PatientLinksBean implements PatientLinks {

    /** Who the audit log names for what a patient did through a link. */
    static final String PATIENT_LINK = "patient (link)";

    @PersistenceContext(unitName = "cryopath")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Override
    public PreparationLink openPreparation(String token) {
        Optional<PatientLink> link = find(token);
        if (link.isEmpty()) {
            return PreparationLink.of(LinkState.UNKNOWN);
        }
        PreparationPlan plan = em.find(PreparationPlan.class, link.get().subjectId());
        return describe(link.get().stateAt(clock.instant()), plan);
    }

    @Override
    public PreparationLink acknowledgePreparation(String token) {
        Optional<PatientLink> found = find(token);
        if (found.isEmpty()) {
            return PreparationLink.of(LinkState.UNKNOWN);
        }
        PatientLink link = found.get();
        Instant now = clock.instant();
        PreparationPlan plan = em.find(PreparationPlan.class, link.subjectId());
        LinkState state = link.stateAt(now);
        if (state != LinkState.VALID) {
            return describe(state, plan);
        }
        Map<String, String> before = plan.auditState();
        link.use(now);
        plan.acknowledge(now);
        audit.recordAs(PATIENT_LINK, "plan.acknowledged", "PreparationPlan", plan.id(), link.patient(), before,
                plan.auditState());
        return describe(LinkState.USED, plan);
    }

    private PreparationLink describe(LinkState state, PreparationPlan plan) {
        if (state == LinkState.VALID || state == LinkState.USED) {
            return new PreparationLink(state, plan.language(), plan.treatmentCase().patient().name().given(),
                    plan.items().stream().map(PlanItem::text).toList(), plan.acknowledgedAt());
        }
        return PreparationLink.of(state);
    }

    /** Only a well-formed token is looked up, and only for the purpose asked. */
    private Optional<PatientLink> find(String token) {
        if (!PatientLink.isWellFormed(token)) {
            return Optional.empty();
        }
        return em.createQuery("SELECT l FROM PatientLink l WHERE l.tokenHash = :hash AND l.purpose = :purpose",
                        PatientLink.class)
                .setParameter("hash", PatientLink.hash(token))
                .setParameter("purpose", LinkPurpose.ACKNOWLEDGE_PREPARATION)
                .getResultStream()
                .findFirst();
    }
}
