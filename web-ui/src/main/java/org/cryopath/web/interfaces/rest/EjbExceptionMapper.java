package org.cryopath.web.interfaces.rest;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.util.Set;

/**
 * A system exception of an application service (its transaction was rolled back, nothing was stored). Two
 * requests that changed the same rows at the same moment (a duplicate key, an optimistic lock, a deadlock) are a
 * conflict the client can resolve by sending again (409); a refused role is 403; the rest is a fault (500).
 */
@Provider
public class EjbExceptionMapper extends ProblemMapper<EJBException> {

    /** Duplicate key, lock not granted in time, deadlock (Derby and SQL-standard states). */
    private static final Set<String> CONCURRENT = Set.of("23505", "40XL1", "40XL2", "40001");

    @Override
    Response problemFor(EJBException failure, String instance) {
        if (failure instanceof EJBAccessException) {
            return Problems.response(Problems.ofStatus(403, Problems.statusDetail(403), instance)).build();
        }
        if (concurrentChange(failure)) {
            return Problems.response(Problems.of(ProblemType.CONFLICT,
                    ApiTexts.get("api.problem.conflict.concurrent"), instance, null)).build();
        }
        return UnexpectedExceptionMapper.unexpected(failure, instance);
    }

    private static boolean concurrentChange(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof OptimisticLockException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null && CONCURRENT.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
