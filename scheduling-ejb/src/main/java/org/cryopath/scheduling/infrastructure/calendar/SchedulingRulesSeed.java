package org.cryopath.scheduling.infrastructure.calendar;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;
import org.cryopath.domain.model.calendar.SchedulingRules;

/**
 * Gives a new installation its scheduling rules: CryoPath's defaults (4 recovery bays, 4 hours of recovery, session
 * lengths by organ...), to be reviewed by the clinic administrator. Runs only while the database has none.
 */
@Singleton
@Startup
@DependsOn("DatabaseLifecycle")
public class SchedulingRulesSeed {

    private static final Logger LOG = Logger.getLogger(SchedulingRulesSeed.class.getName());

    @PersistenceContext(unitName = "cryopath")
    EntityManager em;

    @PostConstruct
    void seedWhenMissing() {
        if (em.find(SchedulingRules.class, SchedulingRules.THE_RULES) == null) {
            em.persist(SchedulingRules.defaults());
            LOG.warning("Seeded the scheduling rules with CryoPath's defaults: review them (Clinic calendar)");
        }
    }
}
