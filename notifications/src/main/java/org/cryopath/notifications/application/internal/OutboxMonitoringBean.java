package org.cryopath.notifications.application.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.cryopath.domain.infrastructure.audit.AuditTrail;
import org.cryopath.domain.model.outbox.OutboxEvent;
import org.cryopath.domain.model.outbox.OutboxMessage;
import org.cryopath.domain.model.outbox.OutboxStatus;
import org.cryopath.domain.model.outbox.StaffAction;
import org.cryopath.domain.model.patient.Patient;
import org.cryopath.domain.shared.DomainException;
import org.cryopath.domain.shared.PersonName;
import org.cryopath.notifications.application.MessagePreview;
import org.cryopath.notifications.application.OutboxCounts;
import org.cryopath.notifications.application.OutboxEntry;
import org.cryopath.notifications.application.OutboxMonitoring;

@Stateless
@RolesAllowed({"FRONT_DESK", "CLINICAL"})
public class OutboxMonitoringBean implements OutboxMonitoring {

    private static final Logger LOG = Logger.getLogger(OutboxMonitoringBean.class.getName());
    static final String CANCELLED_BY_STAFF = "Cancelled by staff";

    @PersistenceContext(unitName = "cryopath")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Override
    public OutboxCounts counts() {
        Map<OutboxStatus, Long> counts = new EnumMap<>(OutboxStatus.class);
        em.createQuery("SELECT m.status, COUNT(m) FROM OutboxMessage m GROUP BY m.status", Object[].class)
                .getResultList()
                .forEach(row -> counts.put((OutboxStatus) row[0], ((Number) row[1]).longValue()));
        return new OutboxCounts(counts.getOrDefault(OutboxStatus.PENDING, 0L), counts.getOrDefault(OutboxStatus.SENT, 0L),
                counts.getOrDefault(OutboxStatus.FAILED, 0L), counts.getOrDefault(OutboxStatus.CANCELLED, 0L));
    }

    /** In the order of IX_OUTBOX_FAILED: a page reads its own rows from the index. */
    @Override
    @RolesAllowed({"FRONT_DESK", "CLINICAL"})
    public List<OutboxEntry> failed(int first, int pageSize) {
        return entries(em.createQuery("SELECT m FROM OutboxMessage m WHERE m.status = :failed "
                        + "ORDER BY m.createdAt DESC, m.id DESC", OutboxMessage.class)
                .setParameter("failed", OutboxStatus.FAILED)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(pageSize, MAX_PAGE_SIZE)))
                .getResultList());
    }

    /**
     * Messages of the patients whose MRN is the text, or whose family or given name starts with it, and messages to
     * addresses starting with it. Every condition compares a column (or its indexed key) to a value: no row is
     * read through a function.
     */
    @Override
    public List<OutboxEntry> forPatient(String search, int maxResults) {
        if (search == null || search.isBlank()) {
            return List.of();
        }
        String text = search.strip().replace("%", "").replace("_", "");
        String nameStart = PersonName.key(text) + "%";
        List<Long> patients = em.createQuery("SELECT p.id FROM Patient p WHERE p.mrn.value = :mrn "
                        + "OR p.familyKey LIKE :name OR p.givenKey LIKE :name", Long.class)
                .setParameter("mrn", text.toUpperCase(Locale.ROOT))
                .setParameter("name", nameStart)
                .setMaxResults(200)
                .getResultList();
        String byPatient = patients.isEmpty() ? "" : "m.patientId IN :patients OR ";
        var query = em.createQuery("SELECT m FROM OutboxMessage m WHERE " + byPatient
                        + "m.recipient.value LIKE :address ORDER BY m.createdAt DESC, m.id DESC", OutboxMessage.class)
                .setParameter("address", text + "%")
                .setMaxResults(maxResults);
        if (!patients.isEmpty()) {
            query.setParameter("patients", patients);
        }
        return entries(query.getResultList());
    }

    @Override
    public Optional<MessagePreview> preview(long outboxId) {
        OutboxMessage message = em.find(OutboxMessage.class, outboxId);
        if (message == null) {
            return Optional.empty();
        }
        List<MessagePreview.HistoryLine> history = em.createQuery("SELECT e FROM OutboxEvent e WHERE e.outboxId = :id "
                        + "ORDER BY e.actedAt, e.id", OutboxEvent.class)
                .setParameter("id", outboxId)
                .getResultStream()
                .map(e -> new MessagePreview.HistoryLine(e.action(), e.actor(), e.at(), e.statusBefore(), e.attempts(),
                        e.lastError()))
                .toList();
        return Optional.of(new MessagePreview(entries(List.of(message)).get(0), message.content().html(),
                message.content().text(), message.content().calendarMethod(), message.content().calendar(), history));
    }

    @Override
    public void retry(long outboxId) {
        act(outboxId, StaffAction.RETRIED, (message, now) -> message.retry(now));
    }

    @Override
    public void cancel(long outboxId) {
        act(outboxId, StaffAction.CANCELLED, (message, now) -> message.cancel(CANCELLED_BY_STAFF));
    }

    /** Applies a staff action, recorded in the message's own history and in the audit log, by the signed-in user. */
    private void act(long outboxId, StaffAction action, java.util.function.BiConsumer<OutboxMessage, Instant> change) {
        OutboxMessage message = em.find(OutboxMessage.class, outboxId);
        if (message == null) {
            throw DomainException.refused("outbox.notFound");
        }
        Instant now = clock.instant();
        String actor = audit.actor();
        Map<String, String> before = message.auditState();
        em.persist(OutboxEvent.of(message, action, actor, now));
        change.accept(message, now);
        audit.record("outbox." + action.name().toLowerCase(Locale.ROOT), "OutboxMessage", message.id(),
                message.patient(), before, message.auditState());
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            // A dispatcher claimed or recorded it in the meantime: staff look again and decide.
            throw DomainException.refused("outbox.changedMeanwhile");
        }
        LOG.info(() -> "Outbox message " + outboxId + " " + action.name().toLowerCase(Locale.ROOT) + " by staff");
    }

    private List<OutboxEntry> entries(List<OutboxMessage> messages) {
        List<Long> patientIds = messages.stream().map(OutboxMessage::patient).filter(p -> p != null)
                .map(p -> p.value()).distinct().toList();
        Map<Long, Patient> patients = patientIds.isEmpty() ? Map.of() : em.createQuery(
                        "SELECT p FROM Patient p WHERE p.id IN :ids", Patient.class)
                .setParameter("ids", patientIds)
                .getResultStream()
                .collect(Collectors.toMap(p -> p.id().value(), Function.identity()));
        return messages.stream().map(m -> {
            Patient patient = m.patient() == null ? null : patients.get(m.patient().value());
            return new OutboxEntry(m.id(), m.kind(), m.status(), m.recipient().value(),
                    patient == null ? null : patient.mrn().value(),
                    patient == null ? null : patient.name().sortable(),
                    m.content().subject(), m.attempts(), m.createdAt(), m.dueAt(), m.nextAttemptAt(), m.sentAt(),
                    m.lastError(), m.messageId());
        }).toList();
    }
}
