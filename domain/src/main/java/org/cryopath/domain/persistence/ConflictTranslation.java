package org.cryopath.domain.persistence;

import jakarta.annotation.Resource;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.cryopath.domain.shared.ConcurrentChange;
import org.cryopath.domain.shared.DomainException;

/**
 * Around every business method of the application's session beans (the default interceptor of both EJB modules,
 * see their ejb-jar.xml): a failure caused by another transaction changing the same rows leaves the bean as a
 * {@link ConcurrentChange}, an application exception that rolls the transaction back. The container then neither
 * logs it with a stack trace as a system exception nor wraps it, and the services can try again.
 *
 * <p>The persistence context is flushed before the method returns, so a duplicate key or a deadlock is met here,
 * inside the method, and not at commit where nothing of the application could tell it from a fault.
 */
public class ConflictTranslation {

    @PersistenceContext(unitName = "cryopath")
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @AroundInvoke
    Object translate(InvocationContext invocation) throws Exception {
        try {
            Object result = invocation.proceed();
            if (transactions.getTransactionKey() != null && !transactions.getRollbackOnly()
                    && em.isJoinedToTransaction()) {
                em.flush();
            }
            return result;
        } catch (DomainException e) {
            throw e;
        } catch (RuntimeException e) {
            var reason = ConcurrencyConflicts.reason(e);
            if (reason.isPresent()) {
                if (transactions.getTransactionKey() != null) {
                    transactions.setRollbackOnly();
                }
                throw new ConcurrentChange(reason.get());
            }
            throw e;
        }
    }
}
