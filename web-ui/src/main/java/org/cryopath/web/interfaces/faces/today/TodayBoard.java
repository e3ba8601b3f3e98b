package org.cryopath.web.interfaces.faces.today;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.cryopath.scheduling.application.WorkQueues;

/**
 * The landing page ({@code /today/board.xhtml}): today's sessions and what waits for the front desk and the
 * clinicians. The page refreshes itself every 30 seconds without a full reload.
 */
@Named
@ViewScoped
public class TodayBoard implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    WorkQueues queues;

    private WorkQueues.Overview overview;

    @PostConstruct
    public void refresh() {
        overview = queues.today();
    }

    public WorkQueues.Overview getOverview() {
        return overview;
    }
}
