package org.cryopath.web.archfixture;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Wrong on purpose (ArchitectureTest): a view bean with its own EntityManager. */
public class ViewBeanTouchingTheEntityManager {

    @PersistenceContext
    EntityManager em;
}
