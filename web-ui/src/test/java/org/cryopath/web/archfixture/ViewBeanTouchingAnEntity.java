package org.cryopath.web.archfixture;

import org.cryopath.domain.model.patient.Patient;

/** Wrong on purpose (ArchitectureTest): a view bean holding an entity instead of a service's read model. */
public class ViewBeanTouchingAnEntity {

    Patient patient;
}
