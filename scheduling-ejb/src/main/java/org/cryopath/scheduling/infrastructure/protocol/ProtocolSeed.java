package org.cryopath.scheduling.infrastructure.protocol;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.logging.Logger;
import org.cryopath.domain.model.protocol.DefaultProtocol;
import org.cryopath.domain.model.protocol.ProtocolVersion;
import org.cryopath.scheduling.application.internal.ProtocolVersions;

/**
 * Gives a new installation its first protocol version: CryoPath's defaults, marked "review before clinical use"
 * until the clinic administrator saves a reviewed version. Runs only while the database has no protocol; a protocol
 * from before follow-up existed gets a next version with the follow-up defaults added (to be reviewed as well).
 */
@Singleton
@Startup
@DependsOn("DatabaseLifecycle")
public class ProtocolSeed {

    private static final Logger LOG = Logger.getLogger(ProtocolSeed.class.getName());

    static final String FOLLOW_UP_NOTE = "Follow-up defaults (imaging months, after-care texts) added by CryoPath: "
            + "review before clinical use.";

    @PersistenceContext(unitName = "cryopath")
    EntityManager em;

    @Inject
    Clock clock;

    @PostConstruct
    void seedWhenEmpty() {
        long versions = em.createQuery("SELECT COUNT(p) FROM ProtocolVersion p", Long.class).getSingleResult();
        if (versions == 0) {
            em.persist(DefaultProtocol.version1(clock.instant()));
            LOG.warning("Seeded protocol version 1 with CryoPath's defaults: review before clinical use");
        } else {
            ProtocolVersion current = ProtocolVersions.current(em);
            if (!current.hasFollowUp()) {
                ProtocolVersion next = current.withFollowUpDefaults(DefaultProtocol.followUpImaging(),
                        DefaultProtocol.afterCareTexts(), FOLLOW_UP_NOTE, clock.instant());
                em.persist(next);
                LOG.warning(() -> "Added CryoPath's follow-up defaults as protocol version " + next.number()
                        + ": review before clinical use");
            }
        }
    }
}
