package org.cryopath.scheduling.application.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.cryopath.domain.model.patient.Patient;
import org.cryopath.domain.model.referral.Referral;
import org.cryopath.domain.model.referral.ReferringClinician;
import org.cryopath.scheduling.application.Page;
import org.cryopath.scheduling.application.PatientSummary;
import org.cryopath.scheduling.application.ReferralDetails;
import org.cryopath.scheduling.application.ReferralIntake;
import org.cryopath.scheduling.application.ReferralRegistration;
import org.cryopath.scheduling.application.ReferralService;
import org.cryopath.scheduling.application.ReferralSummary;

/**
 * Referral intake for the dashboard and the API. Registering runs each attempt in a transaction of its own and tries
 * again when it lost a race (the same new MRN registered twice at once): see {@link ConflictRetry}. Called inside a
 * transaction (the API's idempotency ledger, a test's), it registers in that transaction, once.
 */
@Stateless
@RolesAllowed({"FRONT_DESK", "CLINICAL"})
public class ReferralServiceBean implements ReferralService {

    @PersistenceContext(unitName = "cryopath")
    EntityManager em;

    @EJB
    ReferralRegistrar registrar;

    @Inject
    ConflictRetry retry;

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ReferralRegistration register(ReferralIntake intake) {
        return retry.attempt("Referral registration", () -> registrar.register(intake));
    }

    /** In the order of IX_REFERRAL_RECEIVED: a page reads its own rows from the index, not the whole table. */
    @Override
    public Page<ReferralSummary> referrals(int first, int pageSize) {
        long total = em.createQuery("SELECT COUNT(r) FROM Referral r", Long.class).getSingleResult();
        List<ReferralSummary> rows = em.createQuery("SELECT NEW org.cryopath.scheduling.application.ReferralSummary("
                        + "r.id, p.id, p.mrn.value, CONCAT(CONCAT(p.name.family, ', '), p.name.given), p.dateOfBirth, "
                        + "r.targetOrgan, r.priority, r.status, r.referrer.name, r.receivedAt) "
                        + "FROM Referral r JOIN r.patient p ORDER BY r.receivedAt DESC, r.id DESC",
                        ReferralSummary.class)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(pageSize, MAX_PAGE_SIZE)))
                .getResultList();
        return new Page<>(rows, total);
    }

    @Override
    public Optional<ReferralDetails> details(long referralId) {
        return Optional.ofNullable(em.find(Referral.class, referralId)).map(ReferralServiceBean::detailsOf);
    }

    private static ReferralDetails detailsOf(Referral referral) {
        Patient patient = referral.patient();
        ReferringClinician referrer = referral.referrer();
        return new ReferralDetails(
                referral.id().value(),
                referral.status(),
                referral.receivedAt(),
                new PatientSummary(patient.id().value(), patient.mrn().value(), patient.name().family(),
                        patient.name().given(), patient.dateOfBirth(), patient.email().value(),
                        patient.phone() == null ? null : patient.phone().value(), patient.preferredLanguage()),
                new ReferralDetails.Referrer(referrer.name(), referrer.practice(), referrer.phone().value(),
                        referrer.email() == null ? null : referrer.email().value()),
                referral.targetOrgan(),
                referral.indication(),
                referral.requestedGuidance(),
                referral.priority(),
                referral.anticoagulated(),
                referral.diabetic());
    }
}
