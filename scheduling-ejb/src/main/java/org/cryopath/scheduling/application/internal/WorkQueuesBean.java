package org.cryopath.scheduling.application.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import org.cryopath.domain.clinic.ClinicProfile;
import org.cryopath.domain.model.outbox.OutboxStatus;
import org.cryopath.domain.model.preparation.PlanStatus;
import org.cryopath.domain.model.referral.Priority;
import org.cryopath.domain.model.referral.ReferralStatus;
import org.cryopath.scheduling.application.WorkQueues;

@Stateless
@RolesAllowed({"FRONT_DESK", "CLINICAL"})
public class WorkQueuesBean implements WorkQueues {

    @PersistenceContext(unitName = "cryopath")
    EntityManager em;

    @Inject
    ClinicProfile clinic;

    @Inject
    Clock clock;

    @Override
    public Overview today() {
        long toTriage = referrals(ReferralStatus.RECEIVED, null);
        long urgent = referrals(ReferralStatus.RECEIVED, Priority.URGENT);
        Instant oldest = em.createQuery("SELECT r.receivedAt FROM Referral r WHERE r.status = :status "
                        + "ORDER BY r.receivedAt", Instant.class)
                .setParameter("status", ReferralStatus.RECEIVED)
                .setMaxResults(1)
                .getResultStream().findFirst().orElse(null);
        return new Overview(clinic.dateAt(clock.instant()), toTriage, urgent, oldest,
                referrals(ReferralStatus.NEEDS_INFO, null), unacknowledgedPlans(), emails(OutboxStatus.FAILED),
                emails(OutboxStatus.PENDING));
    }

    /**
     * The referrals in a status (and of a priority). This count and the two below count a column of the index their
     * condition uses ({@code COUNT(r.status)}, not {@code COUNT(r)}): the database then reads only the index entries of
     * the status asked for (schema V13); {@code COUNT(r)} made Derby read the whole table on every board refresh.
     */
    private long referrals(ReferralStatus status, Priority priority) {
        if (priority == null) {
            return em.createQuery("SELECT COUNT(r.status) FROM Referral r WHERE r.status = :status", Long.class)
                    .setParameter("status", status)
                    .getSingleResult();
        }
        return em.createQuery("SELECT COUNT(r.status) FROM Referral r WHERE r.status = :status AND r.priority = :priority",
                        Long.class)
                .setParameter("status", status)
                .setParameter("priority", priority)
                .getSingleResult();
    }

    private long unacknowledgedPlans() {
        return em.createQuery("SELECT COUNT(p.status) FROM PreparationPlan p WHERE p.status = :issued "
                        + "AND p.acknowledgedAt IS NULL", Long.class)
                .setParameter("issued", PlanStatus.ISSUED)
                .getSingleResult();
    }

    private long emails(OutboxStatus status) {
        return em.createQuery("SELECT COUNT(m.status) FROM OutboxMessage m WHERE m.status = :status", Long.class)
                .setParameter("status", status)
                .getSingleResult();
    }
}
