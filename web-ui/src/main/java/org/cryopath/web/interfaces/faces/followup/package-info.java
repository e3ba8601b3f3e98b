/** The follow-up worklist: treated patients' imaging touchpoints to book, booked, done or cancelled. */
package org.cryopath.web.interfaces.faces.followup;
