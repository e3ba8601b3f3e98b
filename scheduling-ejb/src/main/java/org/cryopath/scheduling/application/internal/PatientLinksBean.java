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
import org.cryopath.domain.model.session.EscortConfirmation;
import org.cryopath.domain.model.session.Session;
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
        Optional<PatientLink> link = find(token, LinkPurpose.ACKNOWLEDGE_PREPARATION);
        if (link.isEmpty()) {
            return PreparationLink.of(LinkState.UNKNOWN);
        }
        PreparationPlan plan = em.find(PreparationPlan.class, link.get().subjectId());
        return describe(link.get().stateAt(clock.instant()), plan);
    }

    @Override
    public PreparationLink acknowledgePreparation(String token) {
        Optional<PatientLink> found = find(token, LinkPurpose.ACKNOWLEDGE_PREPARATION);
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

    @Override
    public EscortLink openEscort(String token) {
        Optional<PatientLink> link = find(token, LinkPurpose.CONFIRM_ESCORT);
        if (link.isEmpty()) {
            return EscortLink.of(LinkState.UNKNOWN);
        }
        return describe(link.get().stateAt(clock.instant()), em.find(Session.class, link.get().subjectId()));
    }

    @Override
    public EscortLink confirmEscort(String token, String name, String phone, String relationship) {
        return answerEscort(token, session -> session.confirmEscort(name, phone, relationship,
                EscortConfirmation.PATIENT_LINK, null, clock.instant()), "escort.confirmed");
    }

    @Override
    public EscortLink escortUnavailable(String token) {
        return answerEscort(token, session -> session.escortUnavailable(EscortConfirmation.PATIENT_LINK, null,
                clock.instant()), "escort.unavailable");
    }

    /**
     * The patient's answer through a link that works: the session's escort changes first (a wrong field refuses it
     * with nothing stored, the link still unused), then the link is used and the session's other escort links
     * withdrawn. "Nobody available" shows the session on the escort worklist, at risk, at once (the worklist reads
     * the escort's status).
     */
    private EscortLink answerEscort(String token, java.util.function.Consumer<Session> answer, String action) {
        Optional<PatientLink> found = find(token, LinkPurpose.CONFIRM_ESCORT);
        if (found.isEmpty()) {
            return EscortLink.of(LinkState.UNKNOWN);
        }
        PatientLink link = found.get();
        Instant now = clock.instant();
        Session session = em.find(Session.class, link.subjectId());
        LinkState state = link.stateAt(now);
        if (state != LinkState.VALID) {
            return describe(state, session);
        }
        Map<String, String> before = session.escortAuditState();
        answer.accept(session);
        link.use(now);
        EscortLinks.withdrawOthers(em, session.id(), link);
        audit.recordAs(PATIENT_LINK, action, "Session", session.id(), link.patient(), before,
                session.escortAuditState());
        return describe(LinkState.USED, session);
    }

    private EscortLink describe(LinkState state, Session session) {
        if (session != null && (state == LinkState.VALID || state == LinkState.USED)) {
            return new EscortLink(state, session.patient().preferredLanguage(), session.patient().name().given(),
                    session.start(), session.escort().status(), session.escort().name());
        }
        return EscortLink.of(state);
    }

    private PreparationLink describe(LinkState state, PreparationPlan plan) {
        if (state == LinkState.VALID || state == LinkState.USED) {
            return new PreparationLink(state, plan.language(), plan.treatmentCase().patient().name().given(),
                    plan.items().stream().map(PlanItem::text).toList(), plan.acknowledgedAt());
        }
        return PreparationLink.of(state);
    }

    /** Only a well-formed token is looked up, and only for the purpose asked. */
    private Optional<PatientLink> find(String token, LinkPurpose purpose) {
        if (!PatientLink.isWellFormed(token)) {
            return Optional.empty();
        }
        return em.createQuery("SELECT l FROM PatientLink l WHERE l.tokenHash = :hash AND l.purpose = :purpose",
                        PatientLink.class)
                .setParameter("hash", PatientLink.hash(token))
                .setParameter("purpose", purpose)
                .getResultStream()
                .findFirst();
    }
}
