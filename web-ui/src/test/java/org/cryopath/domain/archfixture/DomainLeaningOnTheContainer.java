package org.cryopath.domain.archfixture;

import jakarta.ejb.EJB;
import org.cryopath.scheduling.application.Triage;

/** Wrong on purpose (ArchitectureTest): a domain class that needs a session bean of the scheduling module. */
public class DomainLeaningOnTheContainer {

    @EJB
    Triage triage;
}
