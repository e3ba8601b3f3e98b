package org.cryopath.scheduling.application;

import jakarta.ejb.Local;
import java.time.LocalDate;

/** The administrator reads the audit log, filtered and page by page, newest first. */
@Local
public interface AuditLog {

    /** The most entries one page holds, whatever is asked. */
    int MAX_PAGE_SIZE = 100;

    /**
     * @param filter what to look for; blank parts match everything
     * @param pageSize at most this many, and never more than {@link #MAX_PAGE_SIZE}
     */
    Page<AuditRecord> search(Filter filter, int first, int pageSize);

    /** Who, what, which patient (by MRN), and between which clinic dates (both inclusive). */
    record Filter(String actor, String action, String mrn, LocalDate from, LocalDate to) {
    }

}
