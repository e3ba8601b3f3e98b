package org.cryopath.domain.model.session;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Sessions ordered by when they begin to hold something (a room, a clinician, a recovery bay), so that the few holding
 * it around a moment are found by a binary search instead of a look at every session of the weeks read: slot search
 * asks this for every position of every room of every day it tries.
 */
final class Timeline {

    private final List<Busy> sessions;
    private final Instant[] begins;
    private final Function<Busy, Instant> ends;
    private final Duration longest;

    /** @param begins when a session begins to hold it; @param ends when it lets go (after {@code begins}) */
    Timeline(Collection<Busy> busy, Function<Busy, Instant> begins, Function<Busy, Instant> ends) {
        Busy[] sorted = busy.toArray(Busy[]::new);
        Arrays.sort(sorted, Comparator.comparing(begins));
        this.sessions = List.of(sorted);
        this.begins = new Instant[sorted.length];
        this.ends = ends;
        Duration longestHold = Duration.ZERO;
        for (int i = 0; i < sorted.length; i++) {
            this.begins[i] = begins.apply(sorted[i]);
            Duration hold = Duration.between(this.begins[i], ends.apply(sorted[i]));
            if (hold.compareTo(longestHold) > 0) {
                longestHold = hold;
            }
        }
        this.longest = longestHold;
    }

    /** Whether a session that holds it at some moment of [from, to) passes {@code test}. */
    boolean any(Instant from, Instant to, Predicate<Busy> test) {
        for (int i = firstThatMayReach(from); i < begins.length && begins[i].isBefore(to); i++) {
            Busy session = sessions.get(i);
            if (from.isBefore(ends.apply(session)) && test.test(session)) {
                return true;
            }
        }
        return false;
    }

    /** The sessions that hold it at some moment of [from, to) and pass {@code test}, by when they begin. */
    List<Busy> during(Instant from, Instant to, Predicate<Busy> test) {
        List<Busy> found = new ArrayList<>();
        for (int i = firstThatMayReach(from); i < begins.length && begins[i].isBefore(to); i++) {
            Busy session = sessions.get(i);
            if (from.isBefore(ends.apply(session)) && test.test(session)) {
                found.add(session);
            }
        }
        return found;
    }

    /** The first session that may still hold it at {@code moment}: none before began more than the longest hold ago. */
    private int firstThatMayReach(Instant moment) {
        int found = Arrays.binarySearch(begins, moment.minus(longest));
        if (found < 0) {
            return -found - 1;
        }
        while (found > 0 && begins[found - 1].equals(begins[found])) {
            found--;
        }
        return found;
    }
}
