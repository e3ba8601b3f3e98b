package org.cryopath.domain.model.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The timeline finds exactly the sessions a look at every session would find, however long or many they are. */
class TimelineTest {

    private static final Instant DAY = Instant.parse("2026-12-07T07:00:00Z");

    private static Busy session(long id, int startMinute, int minutes) {
        Instant start = DAY.plusSeconds(startMinute * 60L);
        Instant end = start.plusSeconds(minutes * 60L);
        return new Busy(id, id, id, 1, 1, null, start, end, end, end);
    }

    @Test
    void aLongSessionThatBeganLongBeforeStillHolds() {
        Timeline timeline = new Timeline(List.of(session(1, 0, 600), session(2, 500, 10), session(3, 590, 5)),
                Busy::start, Busy::end);

        assertThat(timeline.during(DAY.plusSeconds(595 * 60), DAY.plusSeconds(596 * 60), session -> true))
                .extracting(Busy::sessionId).containsExactly(1L);
    }

    @Test
    void endsAndBeginsTouchingDoNotOverlap() {
        Timeline timeline = new Timeline(List.of(session(1, 0, 60), session(2, 120, 60)), Busy::start, Busy::end);

        assertThat(timeline.any(DAY.plusSeconds(60 * 60), DAY.plusSeconds(120 * 60), session -> true)).isFalse();
        assertThat(timeline.any(DAY.plusSeconds(59 * 60), DAY.plusSeconds(120 * 60), session -> true)).isTrue();
        assertThat(new Timeline(List.of(), Busy::start, Busy::end).any(DAY, DAY.plusSeconds(60), session -> true))
                .isFalse();
    }

    @Test
    void findsWhatAFullScanFinds() {
        Random random = new Random(7);
        List<Busy> sessions = IntStream.range(0, 400)
                .mapToObj(i -> session(i, random.nextInt(14 * 24 * 60), 1 + random.nextInt(i % 10 == 0 ? 3000 : 180)))
                .toList();
        Timeline timeline = new Timeline(sessions, Busy::start, Busy::end);
        for (int probe = 0; probe < 2000; probe++) {
            Instant from = DAY.plusSeconds(random.nextInt(15 * 24 * 60) * 60L);
            Instant to = from.plusSeconds((1 + random.nextInt(300)) * 60L);
            List<Long> scanned = sessions.stream()
                    .filter(s -> s.start().isBefore(to) && from.isBefore(s.end()))
                    .map(Busy::sessionId).sorted().toList();
            assertThat(timeline.during(from, to, session -> true).stream().map(Busy::sessionId).sorted().toList())
                    .isEqualTo(scanned);
            assertThat(timeline.any(from, to, session -> true)).isEqualTo(!scanned.isEmpty());
        }
    }
}
