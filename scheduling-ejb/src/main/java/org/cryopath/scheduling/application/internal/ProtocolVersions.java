package org.cryopath.scheduling.application.internal;

import jakarta.persistence.EntityManager;
import org.cryopath.domain.model.protocol.ProtocolVersion;

/** Finding the protocol version in force: the one with the highest number. */
public final class ProtocolVersions {

    private ProtocolVersions() {
    }

    public static ProtocolVersion current(EntityManager em) {
        return em.createQuery("SELECT p FROM ProtocolVersion p ORDER BY p.number DESC", ProtocolVersion.class)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No protocol: the start-up seed did not run"));
    }
}
