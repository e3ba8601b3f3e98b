package org.cryopath.scheduling.application.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.cryopath.domain.infrastructure.audit.AuditTrail;
import org.cryopath.domain.model.referral.Referral;
import org.cryopath.domain.model.treatment.TreatmentCase;
import org.cryopath.domain.model.treatment.TreatmentCaseId;
import org.cryopath.domain.shared.DomainException;
import org.cryopath.domain.shared.PersonName;
import org.cryopath.scheduling.application.Page;
import org.cryopath.scheduling.application.Triage;
import org.cryopath.scheduling.application.TriageItem;

/** Triage is a clinical decision: only clinicians may make it, whatever page or API calls. */
@Stateless
@RolesAllowed("CLINICAL")
public class TriageBean implements Triage {

    @PersistenceContext(unitName = "cryopath")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /**
     * The inbox in the order of IX_REFERRAL_TRIAGE (the database's triage rank, then the time received): Derby reads
     * the page's rows from that index and stops, whatever the number of referrals waiting or decided. A search by
     * patient starts from the patient (MRN or name key indexes) and sorts that patient's few referrals.
     */
    @Override
    public Page<TriageItem> inbox(String patient, int first, int pageSize) {
        String waiting = "FROM Referral r JOIN r.patient p WHERE r.triageRank BETWEEN 0 AND 1";
        boolean search = patient != null && !patient.isBlank();
        if (search) {
            waiting += " AND (p.mrn.value = :mrn OR p.familyKey LIKE :name OR p.givenKey LIKE :name)";
        }
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(r) " + waiting, Long.class);
        TypedQuery<TriageItem> page = em.createQuery("SELECT NEW org.cryopath.scheduling.application.TriageItem(r.id, "
                        + "p.id, p.mrn.value, CONCAT(CONCAT(p.name.family, ', '), p.name.given), p.dateOfBirth, "
                        + "r.targetOrgan, r.indication, r.requestedGuidance, r.priority, r.anticoagulated, r.diabetic, "
                        + "r.status, r.statusNote, r.referrer.name, r.referrer.phone.value, r.receivedAt) "
                        + waiting + " ORDER BY r.triageRank, r.receivedAt, r.id", TriageItem.class);
        if (search) {
            String text = patient.strip();
            for (TypedQuery<?> query : List.of(count, page)) {
                query.setParameter("mrn", text.toUpperCase(Locale.ROOT))
                        .setParameter("name", QueryBuilder.startingWith(PersonName.key(text)));
            }
        }
        List<TriageItem> rows = page.setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(pageSize, MAX_PAGE_SIZE)))
                .getResultList();
        return new Page<>(rows, count.getSingleResult());
    }

    @Override
    public TreatmentCaseId accept(long referralId, Decision decision) {
        Referral referral = load(referralId);
        Map<String, String> before = referral.auditState();
        referral.accept();
        TreatmentCase treatment = TreatmentCase.open(referral, decision.anaesthesia(), decision.guidance(),
                decision.plannedSessions(), clock.instant());
        em.persist(treatment);
        em.flush();
        audit.record("referral.accepted", "Referral", referralId, referral.patient().id(), before, referral.auditState());
        audit.record("case.opened", "TreatmentCase", treatment.id().value(), referral.patient().id(), null,
                treatment.auditState());
        return treatment.id();
    }

    @Override
    public void decline(long referralId, String reason) {
        change(referralId, "referral.declined", referral -> referral.decline(reason));
    }

    @Override
    public void askForInformation(long referralId, String question) {
        change(referralId, "referral.informationRequested", referral -> referral.askForInformation(question));
    }

    @Override
    public void informationReceived(long referralId) {
        change(referralId, "referral.informationReceived", Referral::informationReceived);
    }

    private void change(long referralId, String action, Consumer<Referral> decision) {
        Referral referral = load(referralId);
        Map<String, String> before = referral.auditState();
        decision.accept(referral);
        audit.record(action, "Referral", referralId, referral.patient().id(), before, referral.auditState());
    }

    private Referral load(long referralId) {
        Referral referral = em.find(Referral.class, referralId);
        if (referral == null) {
            throw DomainException.refused("referral.notFound");
        }
        return referral;
    }
}
