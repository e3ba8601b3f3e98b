package org.cryopath.domain.model.followup;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;

/**
 * The real dates of a follow-up: each protocol month counted from the discharge's clinic day with
 * {@link LocalDate#plusMonths} (31 January + 1 month is 28 or 29 February, the month's last day, never 3 March).
 */
public final class FollowUpSchedule {

    private FollowUpSchedule() {
    }

    /** One imaging touchpoint to plan: months after the treatment, and the day it falls due. */
    public record Due(int monthsAfter, LocalDate dueOn) {
    }

    public static List<Due> imaging(LocalDate dischargedOn, List<Integer> monthsAfter) {
        return new TreeSet<>(monthsAfter).stream().map(months -> new Due(months, dischargedOn.plusMonths(months)))
                .toList();
    }
}
