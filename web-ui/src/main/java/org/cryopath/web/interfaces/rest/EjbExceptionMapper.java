package org.cryopath.web.interfaces.rest;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.cryopath.domain.persistence.ConcurrencyConflicts;

/**
 * A system exception of an application service (its transaction was rolled back, nothing was stored). A refused role
 * is 403. The services turn a race with another transaction into a {@code ConcurrentChange} refusal (409, see
 * {@link DomainExceptionMapper}) and try again before that; one that still arrives here as a system exception (a
 * commit that failed on a concurrent change) is a 409 too. The rest is a fault (500).
 */
@Provider
public class EjbExceptionMapper extends ProblemMapper<EJBException> {

    @Override
    Response problemFor(EJBException failure, String instance) {
        if (failure instanceof EJBAccessException) {
            return Problems.response(Problems.ofStatus(403, Problems.statusDetail(403), instance)).build();
        }
        if (ConcurrencyConflicts.isConflict(failure)) {
            return Problems.response(Problems.of(ProblemType.CONFLICT,
                    ApiTexts.get("api.problem.conflict.concurrent"), instance, null)).build();
        }
        return UnexpectedExceptionMapper.unexpected(failure, instance);
    }
}
