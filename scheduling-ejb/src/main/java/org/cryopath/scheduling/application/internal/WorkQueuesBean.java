package org.cryopath.scheduling.application.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
        Map<ReferralStatus, Long> waiting = new EnumMap<>(ReferralStatus.class);
        long urgent = 0;
        for (Object[] row : em.createQuery("SELECT r.status, r.priority, COUNT(r.status) FROM Referral r "
                        + "WHERE r.status IN :statuses GROUP BY r.status, r.priority", Object[].class)
                .setParameter("statuses", List.of(ReferralStatus.RECEIVED, ReferralStatus.NEEDS_INFO))
                .getResultList()) {
            long count = ((Number) row[2]).longValue();
            waiting.merge((ReferralStatus) row[0], count, Long::sum);
            if (row[0] == ReferralStatus.RECEIVED && row[1] == Priority.URGENT) {
                urgent += count;
            }
        }
        Instant oldest = em.createQuery("SELECT r.receivedAt FROM Referral r WHERE r.status = :status "
                        + "ORDER BY r.receivedAt", Instant.class)
                .setParameter("status", ReferralStatus.RECEIVED)
                .setMaxResults(1)
                .getResultStream().findFirst().orElse(null);
        Map<OutboxStatus, Long> emails = new EnumMap<>(OutboxStatus.class);
        for (Object[] row : em.createQuery("SELECT m.status, COUNT(m.status) FROM OutboxMessage m "
                        + "WHERE m.status IN :statuses GROUP BY m.status", Object[].class)
                .setParameter("statuses", List.of(OutboxStatus.FAILED, OutboxStatus.PENDING))
                .getResultList()) {
            emails.put((OutboxStatus) row[0], ((Number) row[1]).longValue());
        }
        return new Overview(clinic.dateAt(clock.instant()), waiting.getOrDefault(ReferralStatus.RECEIVED, 0L), urgent,
                oldest, waiting.getOrDefault(ReferralStatus.NEEDS_INFO, 0L), unacknowledgedPlans(),
                emails.getOrDefault(OutboxStatus.FAILED, 0L), emails.getOrDefault(OutboxStatus.PENDING, 0L));
    }

    /**
     * The issued plans not acknowledged yet. This count and the two grouped ones above count a column of the index
     * their condition uses ({@code COUNT(p.status)}, not {@code COUNT(p)}): the database then reads only the index
     * entries of the statuses asked for (schema V13); {@code COUNT(r)} made Derby read the whole referral table on every
     * board refresh. The referrals waiting (by status, the urgent ones among them) and the emails failed or pending are
     * one query each, grouped, rather than one a figure.
     */
    private long unacknowledgedPlans() {
        return em.createQuery("SELECT COUNT(p.status) FROM PreparationPlan p WHERE p.status = :issued "
                        + "AND p.acknowledgedAt IS NULL", Long.class)
                .setParameter("issued", PlanStatus.ISSUED)
                .getSingleResult();
    }
}
