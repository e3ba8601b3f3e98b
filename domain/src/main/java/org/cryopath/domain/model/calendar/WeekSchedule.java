package org.cryopath.domain.model.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.cryopath.domain.shared.DomainException;

/** Checks and reads a list of weekly spans: no two of one day overlap; which spans hold a clock-time interval. */
final class WeekSchedule {

    static final int MAX_SPANS = 28;

    private WeekSchedule() {
    }

    /** The spans sorted by day and time, refused when two of one day overlap. */
    static List<WeeklyHours> checked(List<WeeklyHours> spans, String field) {
        if (spans.size() > MAX_SPANS) {
            throw DomainException.invalid(field, "calendar.hours.tooMany", MAX_SPANS);
        }
        List<WeeklyHours> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparing(WeeklyHours::day).thenComparing(WeeklyHours::opens));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).overlaps(sorted.get(i - 1))) {
                throw DomainException.invalid(field, "calendar.hours.overlap", sorted.get(i).day());
            }
        }
        return sorted;
    }

    /** True when one span of {@code day}'s weekday holds {@code from} to {@code to}. */
    static boolean holds(List<WeeklyHours> spans, LocalDate day, LocalTime from, LocalTime to) {
        DayOfWeek weekday = day.getDayOfWeek();
        return spans.stream().anyMatch(span -> span.holds(weekday, from, to));
    }

    /** The spans of one weekday, in order. */
    static List<WeeklyHours> on(List<WeeklyHours> spans, DayOfWeek weekday) {
        return spans.stream().filter(span -> span.day() == weekday).toList();
    }
}
