package org.cryopath.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cryopath.it.support.Referrals.uniqueMrn;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.cryopath.it.support.Api;
import org.cryopath.it.support.Bench;
import org.cryopath.it.support.BenchClinic;
import org.cryopath.it.support.Clinic;
import org.cryopath.it.support.CryoPathDeployment;
import org.cryopath.it.support.ParallelClients;
import org.cryopath.it.support.ParallelClients.Answer;
import org.cryopath.it.support.ParallelClients.Run;
import org.cryopath.it.support.Probe;
import org.cryopath.it.support.ServerWork;
import org.cryopath.it.support.Staff;
import org.cryopath.it.support.TestMailServer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The booking benchmark ({@code ./mvnw -Pbench verify -Dit.test=BookingBenchmark}): 16 clients (the front desk's
 * systems) book sessions over the REST API at once, as {@code POST /api/v1/cases/{id}/sessions} with Basic and an
 * Idempotency-Key each, through the whole booking (locks, every rule, the session, its audit, emails E3, E5, E7 and
 * E2 queued, links). 1,200 requests book distinct slots (the benchmark's 7 CT rooms, four 120-minute sessions a room a
 * day from 30 days ahead, six rooms under general anaesthesia with an anaesthetist each, radiologists never in two
 * rooms at once) and 120 more ask, for another patient, for one of those slots: the deliberate collisions, each of
 * which must get 409. The requests are shuffled (fixed seed), so at any moment the clients book on different days and
 * the colliders race their slot's first booking. Bookings on later days, with their collisions, warm the server up
 * first, in rounds of 400 ({@code -Dbench.booking.warmup=N}) until its JIT compiler spent less than a tenth of a round
 * compiling in two rounds running (it works in bursts: one quiet round can be followed by a busy one), or 40 rounds
 * ({@code -Dbench.booking.warmup.rounds=N}) went by: on two cores a compiler still at work takes half a core from the
 * bookings, and a clinic's server has long compiled its booking code. The server's compiler needs about 30 rounds
 * (12,000 bookings) to settle on two cores; the warm-up's days then run some twenty months ahead.
 *
 * <p>Afterwards a SQL check counts double bookings in the whole database: pairs of sessions holding their resources
 * that overlap on a room (turnover included), a radiologist, an anaesthetist or a patient, and moments when more
 * sessions are in recovery than there are bays (the recovery unit gets 40 bays for the run; the clinic's 4 would refuse
 * most of a day's bookings). Everything is removed at the end as in the slot search benchmark.
 *
 * <p>Prints {@code BENCH booking ...} last (also in {@code target/bench/booking.txt}): bookings made per second of wall
 * time (201 answers over the run), all requests per second, latencies, and the double bookings. The goal (200
 * bookings/s on 2 cores, 0 double bookings) is reported; only the double bookings and the answers are asserted.
 */
@ExtendWith(ArquillianExtension.class)
class BookingBenchmark {

    private static final int CLIENTS = Integer.getInteger("bench.booking.clients", 16);
    private static final int DISTINCT = Integer.getInteger("bench.booking.requests", 1200);
    private static final int COLLISIONS = DISTINCT / 10;
    private static final int WARM_UP = Integer.getInteger("bench.booking.warmup", 400);
    private static final int MAX_ROUNDS = Integer.getInteger("bench.booking.warmup.rounds", 40);
    private static final int BAYS = 40;
    private static final int CT_ROOMS = BenchClinic.CT_ROOMS;
    private static final int[][] POSITIONS = {{7, 0}, {9, 30}, {12, 0}, {14, 30}};

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return CryoPathDeployment.realEarWithProbe();
    }

    /** One booking request: which case, and where and when. */
    private record Booking(long caseId, JsonObject placement) {
    }

    @Test
    void manyClientsBookingAtOnce() throws IOException {
        Files.deleteIfExists(Path.of(System.getProperty("bench.dir", "target/bench"), "booking.txt"));
        TestMailServer.get();
        long template = Clinic.readyCase(uniqueMrn("BOOKT"), "SEDATION", 1);
        JsonObject rulesBefore = Probe.postAs("ADMIN", "booking/rules", "{\"recoveryBays\": " + BAYS + "}").object();
        long warmupBooked = 0;
        int rounds = 0;
        Run run;
        ServerWork timed;
        long doubleBookings;
        long recoveryOverbooked;
        try {
            BenchClinic clinic = BenchClinic.open("booking");
            int warmUps = WARM_UP * MAX_ROUNDS;
            // each request's case: six rooms in seven under general anaesthesia, with a tenth more for the collisions
            int total = (warmUps + DISTINCT) * 11 / 10;
            int generalCases = total * BenchClinic.ANAESTHETISTS / CT_ROOMS + 100;
            long general = BenchClinic.cases(0, generalCases, "GENERAL", template);
            long sedation = BenchClinic.cases(generalCases, total / CT_ROOMS + 100, "SEDATION", template);
            Cases cases = new Cases(general, sedation);
            List<LocalDate> days = openDays(LocalDate.now(Clinic.ZONE).plusDays(30), (DISTINCT + warmUps) / 28 + 2);

            List<Booking> distinct = new ArrayList<>();
            for (int slot = 0; slot < DISTINCT; slot++) {
                distinct.add(booking(clinic, days, slot, cases));
            }
            Random random = new Random(42);
            List<Booking> requests = withCollisions(distinct, cases, random);

            ServerWork roundFrom = ServerWork.now();
            int quietRounds = 0;
            do {
                List<Booking> round = new ArrayList<>();
                for (int slot = DISTINCT + rounds * WARM_UP; slot < DISTINCT + (rounds + 1) * WARM_UP; slot++) {
                    round.add(booking(clinic, days, slot, cases));
                }
                warmupBooked += book(withCollisions(round, cases, random)).countByStatus().getOrDefault(201, 0L);
                rounds++;
                ServerWork now = ServerWork.now();
                ServerWork spent = now.since(roundFrom);
                roundFrom = now;
                quietRounds = spent.warm() ? quietRounds + 1 : 0;
                System.out.printf(Locale.ROOT, "booking warm-up round %d: %d ms, the JIT compiler %d ms%n", rounds,
                        spent.wallMillis(), spent.jitMillis());
            } while (rounds < MAX_ROUNDS && quietRounds < 2);
            run = book(requests);
            timed = ServerWork.now().since(roundFrom);
            doubleBookings = Clinic.doubleBookings();
            recoveryOverbooked = Probe.get("booking-bench/recovery-overbooked?bays=" + BAYS).object()
                    .getJsonNumber("overbooked").longValue();
        } finally {
            BenchClinic.cleanUp();
            Probe.postAs("ADMIN", "booking/rules", rulesBefore.toString());
        }

        Map<Integer, Long> statuses = run.countByStatus();
        long booked = statuses.getOrDefault(201, 0L);
        long conflicts = statuses.getOrDefault(409, 0L);
        String line = String.format(Locale.ROOT,
                "BENCH booking clients=%d requests=%d booked=%d conflicts=%d other=%d bookings_per_s=%.1f "
                        + "requests_per_s=%.1f p50_ms=%.1f p95_ms=%.1f wall_s=%.1f server_cpu_ms_per_request=%.1f "
                        + "jit_ms=%d warmup_booked=%d double_bookings=%d recovery_overbooked=%d",
                CLIENTS, run.outcomes().size(), booked, conflicts, run.outcomes().size() - booked - conflicts,
                booked / (run.wallNanos() / 1e9), run.perSecond(), run.percentileMillis(50), run.percentileMillis(95),
                run.wallNanos() / 1e9, timed.cpuMillis() / (double) run.outcomes().size(), timed.jitMillis(),
                warmupBooked, doubleBookings, recoveryOverbooked);
        Bench.report("booking", line);
        assertThat(doubleBookings + recoveryOverbooked).as("double bookings").isZero();
        assertThat(statuses).as(run.failures(201).stream().filter(o -> o.status() != 409).limit(5).toList().toString())
                .containsExactlyInAnyOrderEntriesOf(Map.of(201, (long) DISTINCT, 409, (long) COLLISIONS));
    }

    /**
     * The bookings, and a tenth as many more that ask, each for another patient, for one of their slots, all shuffled:
     * the clients book on different days at any moment, and each collider races its slot's first booking.
     */
    private static List<Booking> withCollisions(List<Booking> distinct, Cases cases, Random random) {
        List<Booking> requests = new ArrayList<>(distinct);
        for (int i = 0; i < distinct.size() / 10; i++) {
            Booking taken = distinct.get(random.nextInt(distinct.size()));
            requests.add(new Booking(cases.next(taken.placement()), taken.placement()));
        }
        Collections.shuffle(requests, random);
        return requests;
    }

    private static Run book(List<Booking> requests) {
        return ParallelClients.run(CLIENTS, requests.size(), i -> {
            Booking request = requests.get(i);
            Api.Reply reply = Clinic.book(Staff.FRONT_DESK, request.caseId(), request.placement());
            return new Answer(reply.status(), reply.status() == 201 ? "" : reply.body());
        });
    }

    /**
     * Slot number {@code slot}: day {@code slot / 28}, then position, then room; rooms 1 to 6 under general anaesthesia
     * with anaesthetist 1 to 6, room 7 under sedation; radiologists 1 to 7 or 8 to 14 on alternate days.
     */
    private static Booking booking(BenchClinic clinic, List<LocalDate> days, int slot, Cases cases) {
        LocalDate day = days.get(slot / (CT_ROOMS * POSITIONS.length));
        int room = slot % CT_ROOMS;
        int[] position = POSITIONS[slot / CT_ROOMS % POSITIONS.length];
        JsonObject placement = Clinic.placement(Clinic.at(day, position[0], position[1]), clinic.rooms().get(room),
                clinic.radiologists().get(room + CT_ROOMS * (slot / (CT_ROOMS * POSITIONS.length) % 2)),
                room < BenchClinic.ANAESTHETISTS ? clinic.anaesthetists().get(room) : null);
        return new Booking(cases.next(placement), placement);
    }

    /** Days from {@code first} on that the clinic has not closed. */
    private static List<LocalDate> openDays(LocalDate first, int count) {
        Set<String> closed = Clinic.closedDays();
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = first; days.size() < count; day = day.plusDays(1)) {
            if (!closed.contains(day.toString())) {
                days.add(day);
            }
        }
        return days;
    }

    /** The benchmark's cases ready to book, each used once: general anaesthesia when the placement has an anaesthetist. */
    private static final class Cases {
        private long nextGeneral;
        private long nextSedation;

        Cases(long firstGeneral, long firstSedation) {
            this.nextGeneral = firstGeneral;
            this.nextSedation = firstSedation;
        }

        long next(JsonObject placement) {
            return placement.containsKey("anaesthetistId") ? nextGeneral++ : nextSedation++;
        }
    }
}
