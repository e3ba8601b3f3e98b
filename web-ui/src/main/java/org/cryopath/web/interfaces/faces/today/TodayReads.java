package org.cryopath.web.interfaces.faces.today;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.cryopath.domain.model.session.FlowStage;
import org.cryopath.scheduling.application.EscortDesk;
import org.cryopath.scheduling.application.ProcedureDay;
import org.cryopath.scheduling.application.SessionBooking;
import org.cryopath.scheduling.application.SessionView;
import org.cryopath.scheduling.application.WorkQueues;
import org.cryopath.web.interfaces.faces.support.ClinicTime;
import org.cryopath.web.interfaces.faces.support.SharedRead;

/**
 * What the today board shows, read once for the front desk and the clinicians who ask at the same moment
 * ({@link SharedRead}): the board is the landing page of every one of them and refreshes itself, and its figures do
 * not depend on who asks. Each board is still read after its request arrived, so a booking made just before shows on
 * it. Only the front desk and clinicians open the board (web.xml), and the services are theirs.
 */
@ApplicationScoped
public class TodayReads {

    @EJB
    WorkQueues queues;

    @EJB
    SessionBooking booking;

    @EJB
    EscortDesk escorts;

    @EJB
    ProcedureDay procedureDay;

    @Inject
    ClinicTime clinicTime;

    private final SharedRead<Board> board = new SharedRead<>(this::read);

    /** Today's board, read after this call began. */
    public Board board() {
        return board.get();
    }

    /**
     * The clinic's day with its work queues, the day's sessions (midnight to midnight in the clinic's zone, by start)
     * the escort worklist's counts and how many of the day's patients are at each stage of the flow board.
     */
    private Board read() {
        WorkQueues.Overview overview = queues.today();
        List<SessionView> sessions = booking.sessionsBetween(clinicTime.startOf(overview.day()),
                clinicTime.startOf(overview.day().plusDays(1)));
        return new Board(overview, sessions, escorts.counts(), procedureDay.todayCounts());
    }

    /** The today board's figures, as one read found them. */
    public record Board(WorkQueues.Overview overview, List<SessionView> sessions, EscortDesk.Counts escortCounts,
            Map<FlowStage, Long> flowCounts) implements Serializable {
    }
}
