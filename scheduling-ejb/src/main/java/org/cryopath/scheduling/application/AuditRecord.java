package org.cryopath.scheduling.application;

import java.io.Serializable;
import java.time.Instant;

/**
 * One audit entry as the audit page shows it: before and after hold only the fields that changed, one
 * {@code field: value} line each.
 */
public record AuditRecord(long id, Instant at, String actor, String action, String subjectType, Long subjectId,
        String patientMrn, String before, String after) implements Serializable {
}
