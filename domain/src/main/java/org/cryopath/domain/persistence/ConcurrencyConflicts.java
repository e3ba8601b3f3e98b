package org.cryopath.domain.persistence;

import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;

/**
 * Tells a failure caused by another transaction changing the same rows at the same moment (worth trying again)
 * from a real fault. Reads the causes of a failure by SQL state and exception class, so neither callers nor this
 * class depend on the persistence provider.
 */
public final class ConcurrencyConflicts {

    /**
     * Unique key taken meanwhile (23505), deadlock or serialization failure (40001; PostgreSQL's deadlock 40P01),
     * Derby's lock wait timeout (40XL1) and its timeout in a deadlock search (40XL2), PostgreSQL's lock not
     * available (55P03).
     */
    static final Set<String> SQL_STATES = Set.of("23505", "40001", "40P01", "40XL1", "40XL2", "55P03");

    /** Optimistic and pessimistic lock failures of Jakarta Persistence and of EclipseLink, by simple name. */
    static final Set<String> LOCK_FAILURES = Set.of("OptimisticLockException", "PessimisticLockException",
            "LockTimeoutException");

    private ConcurrencyConflicts() {
    }

    public static boolean isConflict(Throwable failure) {
        return reason(failure).isPresent();
    }

    /** The SQL state or the exception's simple name that makes {@code failure} a conflict; empty for a real fault. */
    public static Optional<String> reason(Throwable failure) {
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < 32; cause = cause.getCause(), depth++) {
            if (LOCK_FAILURES.contains(cause.getClass().getSimpleName())) {
                return Optional.of(cause.getClass().getSimpleName());
            }
            if (cause instanceof SQLException sql) {
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    if (next.getSQLState() != null && SQL_STATES.contains(next.getSQLState())) {
                        return Optional.of("SQL state " + next.getSQLState());
                    }
                }
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return Optional.empty();
    }
}
