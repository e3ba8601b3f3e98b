package org.cryopath.domain.persistence;

import org.eclipse.persistence.logging.JavaLog;
import org.eclipse.persistence.logging.SessionLog;
import org.eclipse.persistence.logging.SessionLogEntry;

/**
 * EclipseLink's log (java.util.logging, the server log), quiet about concurrency conflicts. EclipseLink writes every
 * exception of a query with its full stack at WARNING before the application sees it, whatever
 * {@code eclipselink.logging.exceptions} says. A duplicate key or a lock timeout that another transaction caused is
 * no fault: {@link ConflictTranslation} turns it into a {@code ConcurrentChange}, the service tries again and logs one
 * WARNING line if it gives up. Here such an entry drops to FINE, so it is still there for whoever turns EclipseLink's
 * logging up; every other entry, a real fault above all, is logged as EclipseLink meant it.
 */
public class ConflictQuietLog extends JavaLog {

    @Override
    public void log(SessionLogEntry entry) {
        if (entry.hasException() && entry.getLevel() > SessionLog.FINE
                && ConcurrencyConflicts.isConflict(entry.getException())) {
            if (!shouldLog(SessionLog.FINE, entry.getNameSpace())) {
                return;
            }
            entry.setLevel(SessionLog.FINE);
        }
        super.log(entry);
    }
}
