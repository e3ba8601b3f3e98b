package org.cryopath.scheduling.application.internal;

import static org.cryopath.scheduling.application.internal.QueryBuilder.given;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;
import org.cryopath.domain.clinic.ClinicProfile;
import org.cryopath.domain.model.audit.AuditEntry;
import org.cryopath.scheduling.application.AuditLog;
import org.cryopath.scheduling.application.AuditRecord;
import org.cryopath.scheduling.application.Page;

@Stateless
@RolesAllowed("ADMIN")
public class AuditLogBean implements AuditLog {

    @PersistenceContext(unitName = "cryopath")
    EntityManager em;

    @Inject
    ClinicProfile clinic;

    @Override
    public Page<AuditRecord> search(Filter filter, int first, int pageSize) {
        QueryBuilder query = new QueryBuilder("FROM AuditEntry a LEFT JOIN Patient p ON p.id = a.patientId");
        if (given(filter.actor())) {
            query.where("LOWER(a.actor) = :actor", "actor", filter.actor().strip().toLowerCase(Locale.ROOT));
        }
        if (given(filter.action())) {
            query.where("a.action LIKE :action", "action", filter.action().strip() + "%");
        }
        if (given(filter.mrn())) {
            query.where("p.mrn.value = :mrn", "mrn", filter.mrn().strip().toUpperCase(Locale.ROOT));
        }
        if (filter.from() != null) {
            query.where("a.at >= :from", "from", clinic.startOf(filter.from()));
        }
        if (filter.to() != null) {
            query.where("a.at < :to", "to", clinic.startOf(filter.to().plusDays(1)));
        }
        long total = query.count(em, "a");
        var rows = query.select(em, "SELECT NEW org.cryopath.scheduling.application.AuditRecord("
                        + "a.id, a.at, a.actor, a.action, a.subjectType, a.subjectId, p.mrn.value, a.before, a.after)",
                        "a.at DESC, a.id DESC", AuditRecord.class) // the order of IX_AUDIT_RECENT
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(pageSize, MAX_PAGE_SIZE)))
                .getResultStream()
                .map(r -> new AuditRecord(r.id(), r.at(), r.actor(), r.action(), r.subjectType(), r.subjectId(),
                        r.patientMrn(), AuditEntry.readable(r.before()), AuditEntry.readable(r.after())))
                .toList();
        return new Page<>(rows, total);
    }
}
