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
import java.util.ArrayList;
import java.util.List;
import org.cryopath.scheduling.application.EscortDesk;
import org.cryopath.scheduling.application.SessionBooking;
import org.cryopath.domain.model.session.SessionStatus;
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
    private List<Row> sessions = List.of();
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
    private List<Row> sessionsOf(LocalDate day) {
        return booking.sessionsBetween(clinicTime.startOf(day), clinicTime.startOf(day.plusDays(1))).stream()
                .filter(session -> session.status().holdsItsResources())
                .map(session -> new Row(session, clinicTime.time(session.start()), clinicTime.time(session.end())))
                .toList();
    }

    public WorkQueues.Overview getOverview() {
        return overview;
    }

    /** Upcoming sessions on the escort worklist, and those of them at risk. */
    public EscortDesk.Counts getEscortCounts() {
        return escortCounts;
    }

    public List<Row> getSessions() {
        return sessions;
    }

    /**
     * A row of today's sessions as the page shows it, read through getters. The page asks each row a score of
     * questions on every refresh: asked of the record ({@code booked.roomName()}), each was a method call EL looks up by
     * reflection, copying all the record's methods every time (some 40,000 copies a page at 80 sessions);
     * a getter is looked up once per class.
     */
    public static final class Row implements Serializable {

        private static final long serialVersionUID = 1L;

        private final SessionView session;
        private final String starts;
        private final String ends;

        Row(SessionView session, String starts, String ends) {
            this.session = session;
            this.starts = starts;
            this.ends = ends;
        }

        /** When it starts, as a clock time in the clinic's zone and the page's language. */
        public String getStarts() {
            return starts;
        }

        public String getEnds() {
            return ends;
        }

        public String getRoomName() {
            return session.roomName();
        }

        public long getPatientId() {
            return session.patientId();
        }

        public String getPatientName() {
            return session.patientName();
        }

        public String getPatientMrn() {
            return session.patientMrn();
        }

        public String getRadiologistName() {
            return session.radiologistName();
        }

        /** The anaesthetist's name, or null under sedation. */
        public String getAnaesthetistName() {
            return session.anaesthetistName();
        }

        public String getAnaesthesia() {
            return session.anaesthesia().name();
        }

        public boolean isPreparationAcknowledged() {
            return session.preparationAcknowledged();
        }

        /**
         * What the front desk should know beyond the booking, in this order: the session's status when it is under way
         * (checked in, in procedure or completed), a preparation conflict, an overridden earliest date, a reschedule.
         */
        public List<Flag> getFlags() {
            List<Flag> flags = new ArrayList<>(4);
            if (session.status() != SessionStatus.BOOKED) {
                flags.add(new Flag("status", "sessionStatus." + session.status().name()));
            }
            if (session.preparationConflict()) {
                flags.add(new Flag("conflict attention", "session.flag.preparationConflict"));
            }
            if (session.earliestDateOverride() != null) {
                flags.add(new Flag("override", "session.flag.earliestDateOverridden"));
            }
            if (session.rescheduledFromId() != null) {
                flags.add(new Flag("moved", "session.flag.rescheduled"));
            }
            return flags;
        }

        public long getCaseId() {
            return session.caseId();
        }
    }

    /** A flag of a row: its style class besides {@code flag}, and the message that names it. */
    public static final class Flag implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String styleClass;
        private final String messageKey;

        Flag(String styleClass, String messageKey) {
            this.styleClass = styleClass;
            this.messageKey = messageKey;
        }

        public String getStyleClass() {
            return styleClass;
        }

        public String getMessageKey() {
            return messageKey;
        }
    }

    /** Deserialized on another instance: the services are looked up there (see {@link ServiceReference}). */
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        queues = ServiceReference.lookedUpOnFirstUse(WorkQueues.class);
        booking = ServiceReference.lookedUpOnFirstUse(SessionBooking.class);
        escorts = ServiceReference.lookedUpOnFirstUse(EscortDesk.class);
    }
}
