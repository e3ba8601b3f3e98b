package org.cryopath.scheduling.archfixture;

import jakarta.ejb.Stateless;

/** Wrong on purpose (ArchitectureTest): a service whose method anyone may call, and which lives outside its layer. */
@Stateless
public class ServiceWithoutRoles {

    public void cancelEverything() {
        // nothing: only its missing role declaration matters
    }
}
