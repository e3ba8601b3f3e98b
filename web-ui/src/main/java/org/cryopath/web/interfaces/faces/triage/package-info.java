/** Triage of referrals by clinicians ({@code /triage/inbox.xhtml}). */
package org.cryopath.web.interfaces.faces.triage;
