package org.cryopath.web.interfaces.faces.today;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.Map;
import org.cryopath.domain.model.session.FlowStage;
import org.cryopath.scheduling.application.ProcedureDay;

/**
 * Today's flow counts (expected, checked in, in procedure, recovery, discharged) for the today board's panel, read once
 * a request, so the board's 30-second refresh shows them anew.
 */
@Named
@RequestScoped
public class FlowCounts {

    @EJB
    ProcedureDay day;

    private Map<FlowStage, Long> counts;

    public long count(FlowStage stage) {
        if (counts == null) {
            counts = day.todayCounts();
        }
        return counts.getOrDefault(stage, 0L);
    }
}
