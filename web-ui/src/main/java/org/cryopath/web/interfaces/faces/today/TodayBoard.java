package org.cryopath.web.interfaces.faces.today;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.cryopath.scheduling.application.EscortDesk;
import org.cryopath.scheduling.application.SessionBooking;
import org.cryopath.scheduling.application.SessionView;
import org.cryopath.scheduling.application.WorkQueues;
import org.cryopath.web.interfaces.faces.shell.Shell;
import org.cryopath.web.interfaces.faces.support.ClinicTime;
import org.cryopath.web.interfaces.faces.support.ServiceReference;

/**
 * The landing page ({@code /today/board.xhtml}): today's sessions and what waits for the front desk and the
 * clinicians. The page refreshes itself every 30 seconds without a full reload.
 */
@Named
@ViewScoped
public class TodayBoard implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient WorkQueues queues;

    @EJB
    transient SessionBooking booking;

    @EJB
    transient EscortDesk escorts;

    @Inject
    ClinicTime clinicTime;

    @Inject
    Shell shell;

    private WorkQueues.Overview overview;
    private List<SessionView> sessions = List.of();
    private EscortDesk.Counts escortCounts = new EscortDesk.Counts(0, 0);

    @PostConstruct
    public void refresh() {
        overview = queues.today();
        sessions = shell.isPathwayStaff() ? sessionsOf(overview.day()) : List.of();
        escortCounts = shell.isPathwayStaff() ? escorts.counts() : new EscortDesk.Counts(0, 0);
    }

    /**
     * The day's sessions that take place or took place, by start: a cancelled session or a no-show leaves the board
     * (it is on the case's page). The day runs from midnight to midnight of the clinic's zone.
     */
    private List<SessionView> sessionsOf(LocalDate day) {
        return booking.sessionsBetween(clinicTime.startOf(day), clinicTime.startOf(day.plusDays(1))).stream()
                .filter(session -> session.status().holdsItsResources())
                .toList();
    }

    public WorkQueues.Overview getOverview() {
        return overview;
    }

    /** Upcoming sessions on the escort worklist, and those of them at risk. */
    public EscortDesk.Counts getEscortCounts() {
        return escortCounts;
    }

    public List<SessionView> getSessions() {
        return sessions;
    }

    /** Deserialized on another instance: the services are looked up there (see {@link ServiceReference}). */
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        queues = ServiceReference.lookedUpOnFirstUse(WorkQueues.class);
        booking = ServiceReference.lookedUpOnFirstUse(SessionBooking.class);
        escorts = ServiceReference.lookedUpOnFirstUse(EscortDesk.class);
    }
}
