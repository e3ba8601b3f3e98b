package org.cryopath.domain.model.calendar;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Objects;
import org.cryopath.domain.shared.DomainException;
import org.cryopath.domain.shared.Require;

/** Days a clinician does not work (leave, a course), first to last day included, in the clinic's calendar. */
@Embeddable
@Access(AccessType.FIELD)
public class TimeOff {

    public static final int REASON_MAX_LENGTH = 200;

    @Column(name = "FIRST_DAY")
    private LocalDate firstDay;

    @Column(name = "LAST_DAY")
    private LocalDate lastDay;

    @Column(name = "REASON", length = REASON_MAX_LENGTH)
    private String reason;

    protected TimeOff() {
    }

    public static TimeOff of(LocalDate firstDay, LocalDate lastDay, String reason) {
        TimeOff off = new TimeOff();
        off.firstDay = Require.present(firstDay, "firstDay");
        off.lastDay = Require.present(lastDay, "lastDay");
        if (off.lastDay.isBefore(off.firstDay)) {
            throw DomainException.invalid("lastDay", "calendar.timeOff.endsBeforeStart");
        }
        off.reason = Require.optionalText(reason, "reason", REASON_MAX_LENGTH);
        return off;
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }

    public LocalDate firstDay() {
        return firstDay;
    }

    public LocalDate lastDay() {
        return lastDay;
    }

    public String reason() {
        return reason;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TimeOff that && Objects.equals(firstDay, that.firstDay)
                && Objects.equals(lastDay, that.lastDay) && Objects.equals(reason, that.reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(firstDay, lastDay, reason);
    }

    @Override
    public String toString() {
        return firstDay + ".." + lastDay;
    }
}
