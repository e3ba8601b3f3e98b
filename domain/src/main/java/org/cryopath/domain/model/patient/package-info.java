/** The patient: identity by medical record number, contact details and preferred language. */
package org.cryopath.domain.model.patient;
