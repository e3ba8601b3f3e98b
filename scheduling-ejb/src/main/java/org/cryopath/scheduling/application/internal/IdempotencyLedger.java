package org.cryopath.scheduling.application.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.cryopath.domain.model.idempotency.IdempotentRequest;
import org.cryopath.domain.model.patient.Patient;
import org.cryopath.domain.model.patient.PatientId;
import org.cryopath.domain.model.referral.Referral;
import org.cryopath.domain.model.referral.ReferralId;
import org.cryopath.domain.persistence.ConcurrencyConflicts;
import org.cryopath.domain.shared.DomainException;
import org.cryopath.scheduling.application.IdempotencyKey;
import org.cryopath.scheduling.application.ReferralIntake;
import org.cryopath.scheduling.application.ReferralReceipt;
import org.cryopath.scheduling.application.ReferralRegistration;
import org.cryopath.scheduling.application.ReferralService;

/**
 * One attempt at registering a referral under an idempotency key, in one transaction: answer from the key's row if
 * the caller used the key before; otherwise claim the key, register the referral and note it on the key's row, all
 * committed together. Claiming comes first, so a concurrent request with the same key waits on the key's row rather
 * than racing to register the same patient.
 */
@Stateless
@RolesAllowed({"FRONT_DESK", "CLINICAL"})
public class IdempotencyLedger {

    @PersistenceContext(unitName = "cryopath")
    EntityManager em;

    @EJB
    ReferralService referrals;

    @Inject
    Clock clock;

    /** @throws KeyClaimedMeanwhile when a concurrent request claimed the key first; nothing is stored */
    public ReferralReceipt registerOnce(IdempotencyKey key, ReferralIntake intake) {
        Optional<IdempotentRequest> earlier = find(key);
        if (earlier.isPresent()) {
            return answerAgain(earlier.get(), key);
        }
        IdempotentRequest claim = IdempotentRequest.claim(key.caller(), IdempotentRequest.REGISTER_REFERRAL, key.key(),
                key.fingerprint(), clock.instant());
        claimNow(claim);
        ReferralRegistration registration = referrals.register(intake);
        claim.createdReferral(registration.referral(), registration.newPatient(), registration.lookAlikes());
        return receipt(registration.referral(), registration.patient(), registration.newPatient(),
                registration.lookAlikes(), false);
    }

    private Optional<IdempotentRequest> find(IdempotencyKey key) {
        return em.createQuery("SELECT r FROM IdempotentRequest r WHERE r.caller = :caller "
                        + "AND r.operation = :operation AND r.idempotencyKey = :key", IdempotentRequest.class)
                .setParameter("caller", key.caller())
                .setParameter("operation", IdempotentRequest.REGISTER_REFERRAL)
                .setParameter("key", key.key())
                .getResultStream()
                .findFirst();
    }

    /** Writes the claim at once: this is where a concurrent request with the same key waits, then fails. */
    private void claimNow(IdempotentRequest claim) {
        try {
            em.persist(claim);
            em.flush();
        } catch (PersistenceException e) {
            throw ConcurrencyConflicts.reason(e).map(KeyClaimedMeanwhile::new).orElseThrow(() -> e);
        }
    }

    private ReferralReceipt answerAgain(IdempotentRequest earlier, IdempotencyKey key) {
        if (!earlier.isSameRequest(key.fingerprint())) {
            throw DomainException.refused("api.idempotencyKey.reused");
        }
        ReferralId referralId = earlier.referral().orElseThrow(() -> new IllegalStateException(
                "A committed idempotency key without its referral"));
        Referral referral = em.find(Referral.class, referralId.value());
        return receipt(referralId, referral.patient().id(), earlier.newPatient(), earlier.lookAlikes(), true);
    }

    private ReferralReceipt receipt(ReferralId referral, PatientId patient, boolean newPatient, List<PatientId> lookAlikes,
            boolean replayed) {
        List<ReferralReceipt.LookAlike> described = lookAlikes.isEmpty() ? List.of()
                : em.createQuery("SELECT p FROM Patient p WHERE p.id IN :ids ORDER BY p.id", Patient.class)
                        .setParameter("ids", lookAlikes.stream().limit(IdempotentRequest.MAX_LOOK_ALIKES)
                                .map(PatientId::value).toList())
                        .getResultStream()
                        .map(p -> new ReferralReceipt.LookAlike(p.id().value(), p.mrn().value()))
                        .toList();
        return new ReferralReceipt(referral.value(), patient.value(), newPatient, described, replayed);
    }

}
