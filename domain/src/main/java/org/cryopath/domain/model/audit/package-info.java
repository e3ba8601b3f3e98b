/** The audit log: who changed what, when, with the record's fields before and after. */
package org.cryopath.domain.model.audit;
