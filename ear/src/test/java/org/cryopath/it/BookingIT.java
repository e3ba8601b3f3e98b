package org.cryopath.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.cryopath.it.support.Referrals.mailboxOf;
import static org.cryopath.it.support.Referrals.unique;
import static org.cryopath.it.support.Referrals.uniqueMrn;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.cryopath.it.support.Api;
import org.cryopath.it.support.Clinic;
import org.cryopath.it.support.CryoPathDeployment;
import org.cryopath.it.support.ParallelClients;
import org.cryopath.it.support.ParallelClients.Answer;
import org.cryopath.it.support.ParallelClients.Run;
import org.cryopath.it.support.Probe;
import org.cryopath.it.support.Staff;
import org.cryopath.it.support.TestMailServer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Booking on the real EAR, through the REST API as the front desk's systems use it: the database keeps two sessions
 * from ever sharing a room, a clinician, a patient or the last recovery bay, whatever arrives at the same moment; a
 * placement that can never work is refused on its fields with nothing stored; and every step queues its emails.
 * Each test books on rooms and clinicians of its own, on a day of its own far ahead.
 */
@ExtendWith(ArquillianExtension.class)
class BookingIT {

    private static final Duration MAIL_WAIT = Duration.ofSeconds(30);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return CryoPathDeployment.realEarWithProbe();
    }

    @BeforeAll
    static void smtpServer() {
        TestMailServer.get();
    }

    @Test
    void fiftyAttemptsAtTheSameSlotBookOneSessionAndEachOtherSeesTheConflict() {
        String tag = unique(5);
        long room = Clinic.room("Race room " + tag, "CT");
        long radiologist = Clinic.radiologist("Dr. Race " + tag);
        List<Long> cases = ParallelClients.each(50, i -> Clinic.readyCase(uniqueMrn("RACE" + i), "SEDATION", 1));
        String start = Clinic.at(Clinic.farDay(60), 10, 0);

        Run run = ParallelClients.run(16, 50, i -> {
            Api.Reply reply = Clinic.book(Staff.FRONT_DESK, cases.get(i), Clinic.placement(start, room, radiologist, null));
            return new Answer(reply.status(), reply.body());
        });

        assertThat(run.countByStatus()).as(run.outcomes().toString()).containsExactlyInAnyOrderEntriesOf(Map.of(201, 1L, 409, 49L));
        assertThat(run.failures(201)).allSatisfy(refused -> assertThat(refused.detail())
                .contains("booking-conflict").containsPattern("Race room " + tag + " is booked|Dr. Race " + tag
                        + " has another session"));
        assertThat(Clinic.doubleBookings()).as("overlapping sessions anywhere in the database").isZero();
    }

    /**
     * Thirty-two different bookings at once, two in each of sixteen rooms with a radiologist each, all on one day: they
     * share the day's recovery-hour locks and each room's and radiologist's lock, and every one succeeds (no deadlock,
     * no conflict between bookings that do not collide). Then the first session of each room is moved and the second
     * cancelled, sixteen of each at once, and all of those succeed too.
     */
    @Test
    void manyDifferentBookingsReschedulesAndCancellationsAtOnceAllSucceed() {
        String tag = unique(5);
        int rooms = 16;
        JsonObject before = Probe.postAs("ADMIN", "booking/rules", "{\"recoveryBays\": 40}").object();
        try {
            // a day no other test books (theirs lie within 1,000 days): the sixteen sessions this leaves in recovery
            // at once would fill the clinic's four bays for a test that happened to book the same day
            LocalDate day = Clinic.farDay(1000);
            List<Long> roomIds = ParallelClients.each(rooms, i -> Clinic.room("Busy room " + i + " " + tag, "CT"));
            List<Long> radiologists = ParallelClients.each(rooms, i -> Clinic.radiologist("Dr. Busy" + i + " " + tag));
            List<Long> cases = ParallelClients.each(2 * rooms, i -> Clinic.readyCase(uniqueMrn("BUSY" + i), "SEDATION", 1));
            // request i: room i / 2, at 08:00 (even) or 11:00 (odd); sessions of 120 minutes plus the room's turnover
            List<Long> sessions = new java.util.concurrent.CopyOnWriteArrayList<>(java.util.Collections.nCopies(
                    2 * rooms, 0L));

            Run booked = ParallelClients.run(16, 2 * rooms, i -> {
                Api.Reply reply = Clinic.book(Staff.FRONT_DESK, cases.get(i), Clinic.placement(Clinic.at(day,
                        i % 2 == 0 ? 8 : 11, 0), roomIds.get(i / 2), radiologists.get(i / 2), null));
                if (reply.status() == 201) {
                    sessions.set(i, reply.json().getJsonNumber("sessionId").longValue());
                }
                return new Answer(reply.status(), reply.body());
            });

            assertThat(booked.countByStatus()).as(booked.failures(201).toString()).containsExactly(Map.entry(201,
                    (long) 2 * rooms));
            Run moved = ParallelClients.run(16, rooms, i -> {
                Probe.Reply reply = Clinic.reschedule(sessions.get(2 * i), Clinic.placement(Clinic.at(day, 14, 0),
                        roomIds.get(i), radiologists.get(i), null));
                return new Answer(reply.status(), reply.toString());
            });
            assertThat(moved.countByStatus()).as(moved.failures(200).toString()).containsExactly(Map.entry(200,
                    (long) rooms));
            Run cancelled = ParallelClients.run(16, rooms, i -> {
                Api.Reply reply = Clinic.cancel(Staff.FRONT_DESK, sessions.get(2 * i + 1), "Patient asked to wait");
                return new Answer(reply.status(), reply.body());
            });
            assertThat(cancelled.countByStatus()).as(cancelled.failures(200).toString()).containsExactly(Map.entry(200,
                    (long) rooms));

            for (int i = 0; i < 2 * rooms; i++) {
                List<JsonObject> ofCase = Json.createReader(new java.io.StringReader(Api.get(Staff.FRONT_DESK,
                        "api/v1/cases/" + cases.get(i) + "/sessions").body())).readArray().getValuesAs(JsonObject.class);
                assertThat(ofCase).extracting(s -> s.getString("status")).as("case %d", i).containsExactlyInAnyOrderElementsOf(
                        i % 2 == 0 ? List.of("CANCELLED", "BOOKED") : List.of("CANCELLED"));
            }
            assertThat(Clinic.doubleBookings()).isZero();
        } finally {
            Probe.postAs("ADMIN", "booking/rules", before.toString());
        }
    }

    @Test
    void aRoomAClinicianOrAPatientIsNeverInTwoSessionsAtOnce() {
        String tag = unique(5);
        long ct1 = Clinic.room("Overlap CT1 " + tag, "CT");
        long ct2 = Clinic.room("Overlap CT2 " + tag, "CT");
        long lee = Clinic.radiologist("Dr. Lee " + tag);
        long ortiz = Clinic.radiologist("Dr. Ortiz " + tag);
        long kaya = Clinic.anaesthetist("Dr. Kaya " + tag);
        long haddad = Clinic.anaesthetist("Dr. Haddad " + tag);
        LocalDate day = Clinic.farDay(60);
        String mrn = uniqueMrn("OVERLAP");
        long first = Clinic.readyCase(mrn, "GENERAL", 1);
        assertThat(Clinic.book(Staff.FRONT_DESK, first, Clinic.placement(Clinic.at(day, 9, 0), ct1, lee, kaya)).status())
                .isEqualTo(201);
        long other = Clinic.readyCase(uniqueMrn("OTHER"), "GENERAL", 1);

        assertConflict(Clinic.book(Staff.FRONT_DESK, other, Clinic.placement(Clinic.at(day, 11, 15), ct1, ortiz, haddad)),
                "Overlap CT1 " + tag + " is booked at this time (its turnover included).");
        assertConflict(Clinic.book(Staff.FRONT_DESK, other, Clinic.placement(Clinic.at(day, 10, 0), ct2, lee, haddad)),
                "Dr. Lee " + tag + " has another session at this time.");
        assertConflict(Clinic.book(Staff.FRONT_DESK, other, Clinic.placement(Clinic.at(day, 10, 0), ct2, ortiz, kaya)),
                "Dr. Kaya " + tag + " has another session at this time.");
        long samePatient = Clinic.readyCase(mrn, "GENERAL", 1);
        assertConflict(Clinic.book(Staff.FRONT_DESK, samePatient, Clinic.placement(Clinic.at(day, 13, 0), ct2, ortiz,
                haddad)), "The patient has another session, or is still in recovery, at this time.");

        assertThat(Clinic.book(Staff.FRONT_DESK, other, Clinic.placement(Clinic.at(day, 11, 30), ct1, lee, kaya))
                .status()).as("after the turnover, with everyone free again").isEqualTo(201);
        assertThat(Clinic.doubleBookings()).isZero();
    }

    /**
     * A booking reads only the sessions it could meet: while another booking of the same room, radiologist and
     * anaesthetist the next day is written and not yet committed, this one goes through without waiting for it (on
     * Derby a read that meets another transaction's uncommitted row waits for its commit; reading a room's whole
     * history did, and so did reading the days before and after). The other booking is held open by the probe until
     * released, so the order tells: this one answers while the other is still open.
     */
    @Test
    void aBookingDoesNotWaitForAnotherDaysBookingOfItsRoomAndClinicians() {
        String tag = unique(5);
        long room = Clinic.room("Week room " + tag, "CT");
        long radiologist = Clinic.radiologist("Dr. Week " + tag);
        long anaesthetist = Clinic.anaesthetist("Dr. Weekly " + tag);
        long held = Clinic.readyCase(uniqueMrn("HELD"), "GENERAL", 1);
        long other = Clinic.readyCase(uniqueMrn("FREE"), "GENERAL", 1);
        Set<String> closed = Clinic.closedDays();
        LocalDate day = Clinic.farDay(60);
        while (closed.contains(day.toString()) || closed.contains(day.plusDays(1).toString())) {
            day = day.plusDays(2);
        }
        LocalDate nextDay = day.plusDays(1);
        CompletableFuture<Probe.Reply> heldBooking = CompletableFuture.supplyAsync(() -> Probe.postAs("FRONT_DESK",
                "booking/held/cases/" + held, Clinic.placement(Clinic.at(nextDay, 9, 0), room, radiologist,
                        anaesthetist).toString()));
        try {
            await().atMost(Duration.ofSeconds(30)).failFast("the held booking ended", heldBooking::isDone)
                    .until(() -> Probe.get("booking/held").object().getString("state"), "booked"::equals);

            Api.Reply booked = Clinic.book(Staff.FRONT_DESK, other, Clinic.placement(Clinic.at(day, 9, 0), room,
                    radiologist, anaesthetist));

            assertThat(booked.status()).as(booked.body()).isEqualTo(201);
            assertThat(Probe.get("booking/held").object().getString("state"))
                    .as("the other booking still open when this one answered").isEqualTo("booked");
        } finally {
            Probe.post("booking/held/release", null);
        }
        assertThat(heldBooking.join().status()).isEqualTo(200);
        assertThat(Probe.get("booking/held").object().getString("state")).isEqualTo("committed");
        assertThat(Clinic.doubleBookings()).isZero();
    }

    @Test
    void whenEveryRecoveryBayIsTakenTheNextSessionIsRefused() {
        String tag = unique(5);
        JsonObject before = Probe.postAs("ADMIN", "booking/rules", "{\"recoveryBays\": 2}").object();
        try {
            LocalDate day = Clinic.farDay(400);
            long radiologist1 = Clinic.radiologist("Dr. Bay1 " + tag);
            long radiologist2 = Clinic.radiologist("Dr. Bay2 " + tag);
            long radiologist3 = Clinic.radiologist("Dr. Bay3 " + tag);
            long room1 = Clinic.room("Bay room1 " + tag, "CT");
            long room2 = Clinic.room("Bay room2 " + tag, "CT");
            long room3 = Clinic.room("Bay room3 " + tag, "CT");
            // Sessions of 120 minutes: recovery (4 hours) from 10:00 and from 10:30
            assertThat(Clinic.book(Staff.FRONT_DESK, Clinic.readyCase(uniqueMrn("BAY1"), "SEDATION", 1),
                    Clinic.placement(Clinic.at(day, 8, 0), room1, radiologist1, null)).status()).isEqualTo(201);
            assertThat(Clinic.book(Staff.FRONT_DESK, Clinic.readyCase(uniqueMrn("BAY2"), "SEDATION", 1),
                    Clinic.placement(Clinic.at(day, 8, 30), room2, radiologist2, null)).status()).isEqualTo(201);
            long third = Clinic.readyCase(uniqueMrn("BAY3"), "SEDATION", 1);

            assertConflict(Clinic.book(Staff.FRONT_DESK, third, Clinic.placement(Clinic.at(day, 9, 0), room3, radiologist3,
                    null)), "All 2 recovery bays are taken during part of this session's recovery.");
            assertThat(Clinic.book(Staff.FRONT_DESK, third, Clinic.placement(Clinic.at(day, 12, 0), room3, radiologist3,
                    null)).status()).as("recovery from 14:00, when the first bay is free").isEqualTo(201);
        } finally {
            Probe.postAs("ADMIN", "booking/rules", before.toString());
        }
    }

    @Test
    void aPlacementThatCanNeverWorkIsRefusedOnItsFieldsAndStoresNothing() {
        String tag = unique(5);
        long room = Clinic.room("Rules room " + tag, "CT");
        long ultrasound = Clinic.room("Rules ultrasound " + tag, "ULTRASOUND");
        long radiologist = Clinic.radiologist("Dr. Rules " + tag);
        String mrn = uniqueMrn("RULES");
        long caseId = Clinic.readyCase(mrn, "SEDATION", 1);
        LocalDate day = Clinic.farDay(60);
        LocalDate closed = Clinic.farDay(500);
        assertThat(Probe.postAs("ADMIN", "booking/closures", "{\"day\": \"" + closed + "\", \"reason\": \"Holiday\"}")
                .status()).isEqualTo(200);

        assertInvalid(Clinic.book(Staff.FRONT_DESK, caseId, Clinic.placement(Clinic.at(LocalDate.now(Clinic.ZONE)
                .minusDays(1), 10, 0), room, radiologist, null)), "start", "booking.past");
        assertInvalid(Clinic.book(Staff.FRONT_DESK, caseId, Clinic.placement(Clinic.at(day, 17, 30), room, radiologist,
                null)), "start", "booking.room.closed");
        assertInvalid(Clinic.book(Staff.FRONT_DESK, caseId, Clinic.placement(Clinic.at(closed, 10, 0), room,
                radiologist, null)), "start", "booking.closure");
        assertInvalid(Clinic.book(Staff.FRONT_DESK, caseId, Clinic.placement(Clinic.at(day, 10, 0), ultrasound,
                radiologist, null)), "roomId", "booking.room.modality");
        assertInvalid(Clinic.book(Staff.FRONT_DESK, caseId, Clinic.placement(Clinic.at(day, 10, 0), 987_654_321L,
                radiologist, null)), "roomId", "booking.room.unknown");
        JsonObject tooLong = Json.createObjectBuilder(Clinic.placement(Clinic.at(day, 10, 0), room, radiologist, null))
                .add("durationMinutes", 300).build();
        assertInvalid(Clinic.book(Staff.FRONT_DESK, caseId, tooLong), "durationMinutes", "validation.range");
        JsonObject sedationWithAnaesthetist = Clinic.placement(Clinic.at(day, 10, 0), room, radiologist,
                Clinic.anaesthetist("Dr. Spare " + tag));
        assertInvalid(Clinic.book(Staff.FRONT_DESK, caseId, sedationWithAnaesthetist), "anaesthetistId",
                "booking.anaesthetist.notNeeded");
        Api.Reply badJson = Clinic.book(Staff.FRONT_DESK, caseId, Json.createObjectBuilder()
                .add("start", "2026-12-07T10:00").add("roomId", "one").add("radiologistId", radiologist).build());
        assertThat(badJson.status()).isEqualTo(400);
        assertThat(badJson.json().getJsonArray("errors")).extracting(e -> e.asJsonObject().getString("field"))
                .containsExactlyInAnyOrder("start", "roomId");
        assertThat(Clinic.book(Staff.FRONT_DESK, 987_654_321L, Clinic.placement(Clinic.at(day, 10, 0), room, radiologist,
                null)).status()).isEqualTo(404);
        assertThat(Api.get(Staff.FRONT_DESK, "api/v1/cases/" + caseId + "/sessions").body()).isEqualTo("[]");
        assertThat(Probe.outboxOf(mrn)).extracting(m -> m.asJsonObject().getString("kind"))
                .containsOnly("E1_REFERRAL_RECEIVED", "E2_PREPARATION_INSTRUCTIONS");
    }

    @Test
    void bookingSendsTheConfirmationWithItsInvitationQueuesTheRemindersAndDatesTheInstructions() throws Exception {
        String tag = unique(5);
        long room = Clinic.room("Mail room " + tag, "CT");
        long radiologist = Clinic.radiologist("Dr. Mail " + tag);
        String mrn = uniqueMrn("MAIL");
        long caseId = Clinic.readyCase(mrn, "SEDATION", 1);
        LocalDate day = Clinic.farDay(30);

        Api.Reply booked = Clinic.book(Staff.FRONT_DESK, caseId, Clinic.placement(Clinic.at(day, 10, 0), room, radiologist,
                null));

        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        long session = booked.json().getJsonNumber("sessionId").longValue();
        assertThat(booked.json().getString("start")).isEqualTo(Clinic.at(day, 10, 0));
        assertThat(booked.header("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/sessions/" + session));
        Map<String, JsonObject> mail = mailOf(session);
        assertThat(mail).containsOnlyKeys("E3_SESSION_BOOKED", "E5_PREPARATION_REMINDER", "E7_DAY_BEFORE");
        assertThat(mail.get("E3_SESSION_BOOKED").getString("calendarMethod")).isEqualTo("REQUEST");
        assertThat(unfolded(mail.get("E3_SESSION_BOOKED").getString("calendar"))).contains("METHOD:REQUEST",
                "UID:session-" + session + "@cryopath.example", "SEQUENCE:0", "SUMMARY:Clinic appointment",
                "DTSTART;TZID=America/New_York:" + day.toString().replace("-", "") + "T100000");
        assertThat(Instant.parse(mail.get("E5_PREPARATION_REMINDER").getString("dueAt")))
                .isEqualTo(day.minusDays(7).atTime(9, 0).atZone(Clinic.ZONE).toInstant());
        assertThat(Instant.parse(mail.get("E7_DAY_BEFORE").getString("dueAt")))
                .isEqualTo(day.minusDays(1).atTime(10, 0).atZone(Clinic.ZONE).toInstant());
        JsonArray dated = Probe.get("booking/mail?keyPrefix=plan-").array();
        JsonObject instructions = dated.getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("key").endsWith("/session-" + session + "/E2")).findFirst().orElseThrow();
        assertThat(instructions.getString("text")).as("the instructions on calendar dates").contains(
                day.getDayOfMonth() + " " + day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH));

        await().atMost(MAIL_WAIT).until(() -> TestMailServer.messagesTo(mailboxOf(mrn)).stream()
                .anyMatch(m -> subject(m).contains("booked")));
        MimeMessage confirmation = TestMailServer.messagesTo(mailboxOf(mrn)).stream()
                .filter(m -> subject(m).contains("booked")).findFirst().orElseThrow();
        MimeMultipart alternative = (MimeMultipart) ((MimeMultipart) confirmation.getContent()).getBodyPart(0).getContent();
        assertThat(alternative.getBodyPart(2).getContentType()).startsWith("text/calendar").contains("method=REQUEST");
        assertThat((String) alternative.getBodyPart(0).getContent()).contains("/link/escort.xhtml?t=");
    }

    @Test
    void aRescheduleWithdrawsTheOldRemindersAndItsUpdateCarriesTheNextSequence() {
        String tag = unique(5);
        long room = Clinic.room("Move room " + tag, "CT");
        long radiologist = Clinic.radiologist("Dr. Move " + tag);
        long caseId = Clinic.readyCase(uniqueMrn("MOVE"), "SEDATION", 1);
        LocalDate first = Clinic.farDay(30);
        LocalDate second = first.plusDays(7);
        long old = Clinic.book(Staff.FRONT_DESK, caseId, Clinic.placement(Clinic.at(first, 9, 0), room, radiologist, null))
                .json().getJsonNumber("sessionId").longValue();

        Probe.Reply moved = Clinic.reschedule(old, Clinic.placement(Clinic.at(second, 13, 30), room, radiologist, null));

        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        long replacement = moved.object().getJsonNumber("sessionId").longValue();
        JsonObject oldSession = Api.get(Staff.FRONT_DESK, "api/v1/sessions/" + old).json();
        JsonObject newSession = Api.get(Staff.FRONT_DESK, "api/v1/sessions/" + replacement).json();
        assertThat(oldSession.getString("status")).isEqualTo("CANCELLED");
        assertThat(newSession.getJsonNumber("rescheduledFrom").longValue()).isEqualTo(old);
        assertThat(newSession.getString("start")).isEqualTo(Clinic.at(second, 13, 30));

        Map<String, JsonObject> oldMail = mailOf(old);
        for (String reminder : List.of("E5_PREPARATION_REMINDER", "E7_DAY_BEFORE")) {
            assertThat(oldMail.get(reminder).getString("status")).isEqualTo("CANCELLED");
            assertThat(oldMail.get(reminder).getString("lastError")).isEqualTo("Superseded: the session was rescheduled");
        }
        Map<String, JsonObject> newMail = mailOf(replacement);
        assertThat(newMail).containsOnlyKeys("E4_SESSION_CHANGED", "E5_PREPARATION_REMINDER", "E7_DAY_BEFORE");
        assertThat(unfolded(newMail.get("E4_SESSION_CHANGED").getString("calendar"))).contains("METHOD:REQUEST",
                "UID:session-" + old + "@cryopath.example", "SEQUENCE:1",
                "DTSTART;TZID=America/New_York:" + second.toString().replace("-", "") + "T133000");
        assertThat(Instant.parse(newMail.get("E7_DAY_BEFORE").getString("dueAt")))
                .isEqualTo(second.minusDays(1).atTime(10, 0).atZone(Clinic.ZONE).toInstant());
        assertThat(Clinic.doubleBookings()).isZero();
    }

    @Test
    void aCancellationWithdrawsTheCalendarEventAndTheReminders() {
        String tag = unique(5);
        long room = Clinic.room("Cancel room " + tag, "CT");
        long radiologist = Clinic.radiologist("Dr. Cancel " + tag);
        long caseId = Clinic.readyCase(uniqueMrn("CANCEL"), "SEDATION", 1);
        long session = Clinic.book(Staff.FRONT_DESK, caseId, Clinic.placement(Clinic.at(Clinic.farDay(30), 9, 0), room,
                radiologist, null)).json().getJsonNumber("sessionId").longValue();

        assertThat(Clinic.cancel(Staff.FRONT_DESK, session, " ").status()).isEqualTo(422);
        Api.Reply cancelled = Clinic.cancel(Staff.FRONT_DESK, session, "Patient chose surgery");

        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.json().getString("status")).isEqualTo("CANCELLED");
        assertThat(cancelled.json().getString("cancelReason")).isEqualTo("Patient chose surgery");
        Map<String, JsonObject> mail = mailOf(session);
        assertThat(mail.get("E4_SESSION_CHANGED").getString("calendarMethod")).isEqualTo("CANCEL");
        assertThat(unfolded(mail.get("E4_SESSION_CHANGED").getString("calendar"))).contains("METHOD:CANCEL",
                "UID:session-" + session + "@cryopath.example", "SEQUENCE:1", "STATUS:CANCELLED");
        assertThat(mail.get("E7_DAY_BEFORE").getString("status")).isEqualTo("CANCELLED");
        assertThat(Clinic.cancel(Staff.FRONT_DESK, session, "again").status()).as("not booked any more").isEqualTo(409);
    }

    @Test
    void freeSlotsComeEarliestFirstAndARetryWithTheSameKeyBooksNothingNew() {
        String tag = unique(5);
        long radiologist = Clinic.radiologist("Dr. Slots " + tag);
        Clinic.room("Slots room " + tag, "CT");
        long caseId = Clinic.readyCase(uniqueMrn("SLOTS"), "SEDATION", 1);

        Api.Reply slots = Api.get(Staff.FRONT_DESK, "api/v1/cases/" + caseId + "/slots?radiologistId=" + radiologist
                + "&max=5");

        assertThat(slots.status()).as(slots.toString()).isEqualTo(200);
        List<JsonObject> found = Json.createReader(new java.io.StringReader(slots.body())).readArray()
                .getValuesAs(JsonObject.class);
        assertThat(found).hasSize(5).allSatisfy(slot -> assertThat(slot.getJsonObject("radiologist")
                .getJsonNumber("id").longValue()).isEqualTo(radiologist));
        assertThat(found).extracting(slot -> OffsetDateTime.parse(slot.getString("start")).toInstant()).isSorted();
        JsonObject slot = found.get(0);
        JsonObject placement = Clinic.placement(slot.getString("start"), slot.getJsonObject("room")
                .getJsonNumber("id").longValue(), radiologist, null);
        String key = Api.newKey();

        Api.Reply first = Clinic.book(Staff.FRONT_DESK, key, caseId, placement);
        Api.Reply again = Clinic.book(Staff.FRONT_DESK, key, caseId, placement);

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.header("Idempotent-Replayed")).contains("true");
        assertThat(again.json().getJsonNumber("sessionId")).isEqualTo(first.json().getJsonNumber("sessionId"));
        assertThat(Json.createReader(new java.io.StringReader(Api.get(Staff.FRONT_DESK, "api/v1/cases/" + caseId
                + "/sessions").body())).readArray()).hasSize(1);
        assertThat(OffsetDateTime.parse(slot.getString("start")).atZoneSameInstant(Clinic.ZONE).toLocalTime())
                .isAfterOrEqualTo(LocalTime.of(7, 0));
    }

    /**
     * Slot search keeps the clinic calendar between searches: the next search after a change of a room or a clinician
     * sees the change (the change raises the version the search checks first).
     */
    @Test
    void theNextSearchSeesAChangedRoomAndAChangedClinician() {
        String tag = unique(5);
        long radiologist = Clinic.radiologist("Dr. Early " + tag, "05:00", "19:00");
        long early = Clinic.room("Early room " + tag, "CT", "05:00", "19:00");
        long caseId = Clinic.readyCase(uniqueMrn("EARLY"), "SEDATION", 1);
        // a day ahead, whole: today the early hours may be past, and then every room is free at the same first time
        LocalDate day = LocalDate.now(Clinic.ZONE).plusDays(10);

        assertThat(slotsWith(caseId, radiologist, day)).as("the early room is offered")
                .anySatisfy(slot -> assertThat(roomOf(slot)).isEqualTo(early));

        Probe.postAs("ADMIN", "booking/rooms/" + early + "/out-of-use", "{}");
        assertThat(slotsWith(caseId, radiologist, day)).as("a room out of use offers nothing").isNotEmpty()
                .allSatisfy(slot -> assertThat(roomOf(slot)).isNotEqualTo(early));

        Probe.postAs("ADMIN", "booking/clinicians/" + radiologist + "/hours",
                Json.createObjectBuilder().add("opens", "15:00").add("closes", "19:00").build().toString());
        assertThat(slotsWith(caseId, radiologist, day)).as("the radiologist's new hours").isNotEmpty()
                .allSatisfy(slot -> assertThat(OffsetDateTime.parse(slot.getString("start"))
                        .atZoneSameInstant(Clinic.ZONE).toLocalTime()).isAfterOrEqualTo(LocalTime.of(15, 0)));
    }

    /**
     * Closures are part of the calendar slot search keeps: the next search after a day is closed offers nothing on it,
     * and the search after it is opened again offers it again.
     */
    @Test
    void theNextSearchSkipsADayClosedSinceTheLastOne() {
        String tag = unique(5);
        long radiologist = Clinic.radiologist("Dr. Holiday " + tag);
        long caseId = Clinic.readyCase(uniqueMrn("HOLIDAY"), "SEDATION", 1);
        LocalDate from = LocalDate.now(Clinic.ZONE).plusDays(10);
        LocalDate first = dayOf(slotsWith(caseId, radiologist, from).get(0));

        long closure = Probe.postAs("ADMIN", "booking/closures", "{\"day\": \"" + first + "\", \"reason\": \"Holiday\"}")
                .object().getJsonNumber("id").longValue();
        try {
            assertThat(slotsWith(caseId, radiologist, from)).as("nothing on the day closed since").isNotEmpty()
                    .allSatisfy(slot -> assertThat(dayOf(slot)).isNotEqualTo(first));
        } finally {
            assertThat(Probe.postAs("ADMIN", "booking/closures/" + closure + "/reopen", "{}").status()).isEqualTo(200);
        }
        assertThat(slotsWith(caseId, radiologist, from)).as("the day opened again").isNotEmpty()
                .anySatisfy(slot -> assertThat(dayOf(slot)).isEqualTo(first));
    }

    /**
     * Closing and reopening a day are calendar changes, each raising the calendar's version under the rules row's lock
     * in its own transaction: twelve different days closed at once are all closed, and reopened at once all open again.
     * The days lie beyond any test's bookings and any search.
     */
    @Test
    void manyDifferentDaysClosedAndReopenedAtOnceAllSucceed() {
        LocalDate first = Clinic.farDay(1_000);
        List<LocalDate> days = ParallelClients.each(12, first::plusDays);
        List<Long> closures = new java.util.concurrent.CopyOnWriteArrayList<>();

        Run closed = ParallelClients.run(12, days.size(), i -> {
            Probe.Reply reply = Probe.postAs("ADMIN", "booking/closures", Json.createObjectBuilder()
                    .add("day", days.get(i).toString()).add("reason", "Closed at once " + i).build().toString());
            if (reply.status() == 200 && reply.object().containsKey("id")) {
                closures.add(reply.object().getJsonNumber("id").longValue());
            }
            return new Answer(reply.status(), reply.toString());
        });
        assertThat(closed.countByStatus()).as(closed.failures(200).toString())
                .containsExactly(Map.entry(200, (long) days.size()));
        assertThat(closures).as("a new closure for each day").hasSize(days.size());
        assertThat(Clinic.closedDays()).containsAll(days.stream().map(LocalDate::toString).toList());

        Run reopened = ParallelClients.run(12, closures.size(), i -> {
            Probe.Reply reply = Probe.postAs("ADMIN", "booking/closures/" + closures.get(i) + "/reopen", "{}");
            return new Answer(reply.status(), reply.toString());
        });
        assertThat(reopened.countByStatus()).as(reopened.failures(200).toString())
                .containsExactly(Map.entry(200, (long) closures.size()));
        assertThat(Clinic.closedDays()).doesNotContainAnyElementsOf(days.stream().map(LocalDate::toString).toList());
    }

    private static LocalDate dayOf(JsonObject slot) {
        return OffsetDateTime.parse(slot.getString("start")).atZoneSameInstant(Clinic.ZONE).toLocalDate();
    }

    private static List<JsonObject> slotsWith(long caseId, long radiologist, LocalDate from) {
        Api.Reply slots = Api.get(Staff.FRONT_DESK, "api/v1/cases/" + caseId + "/slots?radiologistId=" + radiologist
                + "&from=" + from + "&max=5");
        assertThat(slots.status()).as(slots.toString()).isEqualTo(200);
        return Json.createReader(new java.io.StringReader(slots.body())).readArray().getValuesAs(JsonObject.class);
    }

    private static long roomOf(JsonObject slot) {
        return slot.getJsonObject("room").getJsonNumber("id").longValue();
    }

    private static Map<String, JsonObject> mailOf(long session) {
        return Probe.get("booking/sessions/" + session + "/mail").array().getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(m -> m.getString("kind"), m -> m, (a, b) -> b));
    }

    private static void assertConflict(Api.Reply reply, String detail) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(409);
        assertThat(reply.json().getString("type")).endsWith(":booking-conflict");
        assertThat(reply.json().getString("detail")).isEqualTo(detail);
    }

    private static void assertInvalid(Api.Reply reply, String field, String code) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        assertThat(reply.json().getJsonArray("errors")).extracting(e -> e.asJsonObject().getString("field") + "="
                + e.asJsonObject().getString("code")).contains(field + "=" + code);
    }

    private static String unfolded(String ics) {
        return ics.replace("\r\n ", "");
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
