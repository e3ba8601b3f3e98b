package org.cryopath.scheduling.archfixture;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;

/** Wrong on purpose (ArchitectureTest): a service implementation outside application.internal and infrastructure. */
@Stateless
@RolesAllowed("ADMIN")
public class ServiceOutsideItsLayer {

    public void work() {
        // nothing: only where it lives matters
    }
}
