/**
 * The clinic's calendar, as the session calendar needs it: procedure rooms with their imaging and opening hours,
 * radiologists and anaesthetists with their working hours and time off, closures, and the scheduling rules (session
 * lengths, recovery bays and time, the interval between sessions of one case). Clinic data, edited by the
 * administrator.
 */
package org.cryopath.domain.model.calendar;
