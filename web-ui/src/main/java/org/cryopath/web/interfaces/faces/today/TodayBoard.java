package org.cryopath.web.interfaces.faces.today;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cryopath.domain.model.session.FlowStage;
import org.cryopath.domain.model.session.SessionStatus;
import org.cryopath.scheduling.application.EscortDesk;
import org.cryopath.scheduling.application.SessionView;
import org.cryopath.scheduling.application.WorkQueues;
import org.cryopath.web.interfaces.faces.support.ClinicTime;

/**
 * The landing page ({@code /today/board.xhtml}): today's sessions and what waits for the front desk and the
 * clinicians. The page refreshes itself every 30 seconds without a full reload; its figures are read once for those
 * who ask at the same moment ({@link TodayReads}).
 */
@Named
@ViewScoped
public class TodayBoard implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TodayReads reads;

    @Inject
    ClinicTime clinicTime;

    private WorkQueues.Overview overview;
    private List<Row> sessions;
    private EscortDesk.Counts escortCounts;
    private Map<FlowStage, Long> flowCounts;

    /** Only the front desk and clinicians open the board (web.xml), so the figures are always theirs to read. */
    @PostConstruct
    public void refresh() {
        TodayReads.Board board = reads.board();
        overview = board.overview();
        sessions = rowsOf(board.sessions());
        escortCounts = board.escortCounts();
        flowCounts = board.flowCounts();
    }

    /**
     * The day's sessions that take place or took place, by start: a cancelled session or a no-show leaves the board
     * (it is on the case's page).
     */
    private List<Row> rowsOf(List<SessionView> day) {
        String contextPath = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        return day.stream()
                .filter(session -> session.status().holdsItsResources())
                .map(session -> new Row(session,
                        clinicTime.time(session.start()) + "\u2013" + clinicTime.time(session.end()), contextPath))
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

    /** How many of today's patients are at this stage of the flow board. */
    public long flowCount(FlowStage stage) {
        return flowCounts.getOrDefault(stage, 0L);
    }

    /**
     * A row of today's sessions as the page shows it, read through getters. The page asks each row a score of
     * questions on every refresh: asked of the record ({@code booked.roomName()}), each was a method call EL looks up by
     * reflection, copying all the record's methods every time (some 40,000 copies a page at 80 sessions);
     * a getter is looked up once per class. Each expression still costs a walk through EL's resolvers for its first
     * name, so what a cell shows is asked once: the time span, the links with the context path in them, the message
     * keys.
     */
    public static final class Row implements Serializable {

        private static final long serialVersionUID = 1L;

        private final SessionView session;
        private final String time;
        private final String contextPath;

        Row(SessionView session, String time, String contextPath) {
            this.session = session;
            this.time = time;
            this.contextPath = contextPath;
        }

        /** When it starts and ends, clock times in the clinic's zone and the page's language ({@code 09:00–10:30}). */
        public String getTime() {
            return time;
        }

        public String getRoomName() {
            return session.roomName();
        }

        /** The patient's pathway timeline. */
        public String getPatientLink() {
            return contextPath + "/patient/timeline.xhtml?patient=" + session.patientId();
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

        /** The message naming the session's anaesthesia. */
        public String getAnaesthesiaKey() {
            return "anaesthesia." + session.anaesthesia().name();
        }

        /** Whether the patient acknowledged the preparation, as style classes besides {@code acknowledged}. */
        public String getPreparationClass() {
            return session.preparationAcknowledged() ? "done" : "pending attention";
        }

        /** The message saying whether the patient acknowledged the preparation. */
        public String getPreparationKey() {
            return session.preparationAcknowledged() ? "session.preparation.acknowledged"
                    : "session.preparation.notAcknowledged";
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

        /** The case's page, where the session is booked, moved or cancelled. */
        public String getCaseLink() {
            return contextPath + "/session/book.xhtml?case=" + session.caseId();
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
}
