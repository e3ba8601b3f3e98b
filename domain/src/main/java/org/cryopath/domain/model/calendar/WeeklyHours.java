package org.cryopath.domain.model.calendar;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;
import org.cryopath.domain.persistence.LocalTimeAsMinutes;
import org.cryopath.domain.shared.DomainException;
import org.cryopath.domain.shared.Require;

/**
 * One span of a week's hours, in the clinic's wall-clock time: Monday 08:00 to 17:00. A room's opening hours and a
 * clinician's working hours are lists of them (two spans on one day for a break).
 */
@Embeddable
@Access(AccessType.FIELD)
public class WeeklyHours {

    @Enumerated(EnumType.STRING)
    @Column(name = "DAY_OF_WEEK", length = 9)
    private DayOfWeek day;

    @Convert(converter = LocalTimeAsMinutes.class)
    @Column(name = "OPENS")
    private LocalTime opens;

    @Convert(converter = LocalTimeAsMinutes.class)
    @Column(name = "CLOSES")
    private LocalTime closes;

    protected WeeklyHours() {
    }

    public static WeeklyHours of(DayOfWeek day, LocalTime opens, LocalTime closes) {
        WeeklyHours hours = new WeeklyHours();
        hours.day = Require.present(day, "day");
        hours.opens = Require.present(opens, "opens").withSecond(0).withNano(0);
        hours.closes = Require.present(closes, "closes").withSecond(0).withNano(0);
        if (!hours.closes.isAfter(hours.opens)) {
            throw DomainException.invalid("closes", "calendar.hours.closesBeforeOpening");
        }
        return hours;
    }

    /** True when this span is on {@code weekday} and holds the clock times {@code from} to {@code to}. */
    public boolean holds(DayOfWeek weekday, LocalTime from, LocalTime to) {
        return day == weekday && !from.isBefore(opens) && !to.isAfter(closes) && from.isBefore(to);
    }

    /** True when two spans of the same day overlap. */
    public boolean overlaps(WeeklyHours other) {
        return day == other.day && opens.isBefore(other.closes) && other.opens.isBefore(closes);
    }

    public DayOfWeek day() {
        return day;
    }

    public LocalTime opens() {
        return opens;
    }

    public LocalTime closes() {
        return closes;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WeeklyHours that && day == that.day && Objects.equals(opens, that.opens)
                && Objects.equals(closes, that.closes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(day, opens, closes);
    }

    @Override
    public String toString() {
        return day + " " + opens + "-" + closes;
    }
}
