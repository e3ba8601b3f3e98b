package org.cryopath.domain.model.staff;

/**
 * What a staff member may do in CryoPath. The names are the security roles of the application (web.xml, the
 * identity store's groups); a user may hold several.
 */
public enum Role {
    /** The scheduling line: referrals, bookings, escorts, check-in, the worklists. */
    FRONT_DESK,
    /** IR nurses and radiologists: triage, preparation, overrides, follow-up review. */
    CLINICAL,
    /** The clinic administrator: users, rooms, hours, protocol content, the audit log. */
    ADMIN
}
