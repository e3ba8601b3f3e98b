/** Preparing a patient: the plan editor of a treatment case ({@code /preparation/plan.xhtml}). */
package org.cryopath.web.interfaces.faces.preparation;
