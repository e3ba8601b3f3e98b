package org.cryopath.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cryopath.it.support.ProcedureDays.audit;
import static org.cryopath.it.support.ProcedureDays.followUp;
import static org.cryopath.it.support.ProcedureDays.mail;
import static org.cryopath.it.support.Referrals.unique;
import static org.cryopath.it.support.Referrals.uniqueMrn;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.cryopath.it.support.Clinic;
import org.cryopath.it.support.CryoPathDeployment;
import org.cryopath.it.support.ParallelClients;
import org.cryopath.it.support.ParallelClients.Answer;
import org.cryopath.it.support.ParallelClients.Run;
import org.cryopath.it.support.Probe;
import org.cryopath.it.support.ProcedureDays;
import org.cryopath.it.support.ProcedureDays.Today;
import org.cryopath.it.support.ServerLog;
import org.cryopath.it.support.TestMailServer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The follow-up worklist under parallel use, on the real EAR: many patients' scans booked (E10), marked done and
 * cancelled with a reason at the same moment, and clinicians closing many cases at once, all succeed and leave each
 * step stored, audited and mailed once; the same touchpoint or case changed twice at once gives one change and a
 * clear refusal (or, for a scan booked again, the later booking with its own E10 and the earlier one withdrawn).
 * Each test takes its patients through a whole procedure day first (sessions brought to today and put back after).
 */
@ExtendWith(ArquillianExtension.class)
class FollowUpIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return CryoPathDeployment.realEarWithProbe();
    }

    @BeforeAll
    static void smtpServer() {
        TestMailServer.get();
    }

    @AfterEach
    void putBackTheSessionsBroughtToToday() {
        ProcedureDays.putBackTheSessionsBroughtToToday();
    }

    @Test
    void manyDistinctFollowUpsAreBookedDoneAndCancelledAtOnceAndTwoChangesOfOneTouchpointMakeOne() {
        int n = 12;
        List<Discharged> cases = discharged("FUSTEP", n + 1);
        ServerLog log = ServerLog.fromNow();

        // For every patient at once: the first scan booked (E10), the second done, the third cancelled with a reason.
        Run run = ParallelClients.run(n, 3 * n, r -> {
            Discharged patient = cases.get(r / 3);
            long touchpoint = patient.touchpoint(r % 3);
            return answer(switch (r % 3) {
                case 0 -> book(touchpoint, patient.dueOn(0), 9, "Imaging department, CT room " + (10 + r / 3));
                case 1 -> Probe.postAs("CLINICAL", "flow/touchpoints/" + touchpoint + "/done", "{}");
                default -> cancel(touchpoint, "Scan done at the referring hospital " + (10 + r / 3));
            });
        });

        assertThat(run.countByStatus()).as(run.outcomes().toString()).containsExactly(Map.entry(200, 3L * n));
        for (int i = 0; i < n; i++) {
            Discharged patient = cases.get(i);
            int index = i;
            JsonObject followUp = followUp(patient.today().caseId());
            assertThat(followUp.getString("status")).isEqualTo("IN_FOLLOW_UP");
            assertThat(followUp.getJsonArray("touchpoints").getValuesAs(JsonObject.class))
                    .extracting(t -> t.getString("status"))
                    .containsExactly("BOOKED", "DONE", "CANCELLED", "PLANNED", "PLANNED");
            assertThat(actions(patient)).as("each step audited once").filteredOn(a -> a.startsWith("followUp.")
                    || a.equals("case.closed")).containsExactlyInAnyOrder("followUp.booked", "followUp.done",
                    "followUp.cancelled");
            assertThat(e10(patient)).as("one E10 with its own scan").singleElement().satisfies(m -> {
                assertThat(m.getString("status")).isIn("PENDING", "SENT");
                assertThat(m.getString("text")).contains("Imaging department, CT room " + (10 + index));
            });
            assertThat(audit(patient.today().mrn()).getValuesAs(JsonObject.class))
                    .filteredOn(a -> a.getString("action").equals("followUp.cancelled")).singleElement()
                    .satisfies(a -> assertThat(a.getString("after")).contains("referring hospital " + (10 + index)));
        }

        // Two staff mark the same scan done at once: one does, the other is told it is no longer open.
        Discharged same = cases.get(n);
        Run doneTwice = ParallelClients.run(2, 2, i -> answer(Probe.postAs("CLINICAL", "flow/touchpoints/"
                + same.touchpoint(0) + "/done", "{}")));
        assertThat(doneTwice.countByStatus()).as(doneTwice.outcomes().toString())
                .containsExactlyInAnyOrderEntriesOf(Map.of(200, 1L, 422, 1L));
        assertThat(doneTwice.failures(200)).singleElement()
                .satisfies(o -> assertThat(o.detail()).contains("followUp.notOpen"));
        assertThat(actions(same)).filteredOn("followUp.done"::equals).hasSize(1);

        // The same scan booked twice at once (two places): booked one after the other; the later booking is the one
        // kept, its E10 goes out, and the earlier E10 is withdrawn unless it was sent already.
        Run bookedTwice = ParallelClients.run(2, 2, i -> answer(book(same.touchpoint(1), same.dueOn(1), 9 + i,
                "Imaging place " + (char) ('A' + i))));
        assertThat(bookedTwice.countByStatus()).as(bookedTwice.outcomes().toString())
                .containsExactly(Map.entry(200, 2L));
        List<JsonObject> bookings = audit(same.today().mrn()).getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("action").equals("followUp.booked")).toList();
        assertThat(bookings).hasSize(2);
        String kept = bookings.get(1).getString("after").contains("Imaging place A") ? "Imaging place A"
                : "Imaging place B";
        List<JsonObject> mails = e10(same);
        assertThat(mails).hasSize(2);
        assertThat(mails.get(1).getString("text")).as("the later E10 carries the booking kept").contains(kept);
        assertThat(mails.get(1).getString("status")).isIn("PENDING", "SENT");
        assertThat(mails.get(0).getString("status")).as("the earlier E10 is no longer pending")
                .isIn("CANCELLED", "SENT");
        log.assertNoLockTroubleNorStackTrace();
    }

    @Test
    void cliniciansCloseManyDistinctCasesAtOnceAndTwoClosuresOfOneCaseMakeOne() {
        int n = 12;
        List<Discharged> cases = discharged("FUCLOSE", n + 1);
        // Half the patients have their first scan booked already: closing cancels booked scans too.
        for (int i = 0; i < n; i += 2) {
            Probe.Reply booked = book(cases.get(i).touchpoint(0), cases.get(i).dueOn(0), 9, "Imaging department");
            assertThat(booked.status()).as(booked.toString()).isEqualTo(200);
        }
        ServerLog log = ServerLog.fromNow();

        Run run = ParallelClients.run(n, n, i -> answer(close(cases.get(i), "Care transferred to hospital " + i)));

        assertThat(run.countByStatus()).as(run.outcomes().toString()).containsExactly(Map.entry(200, (long) n));
        for (int i = 0; i < n; i++) {
            Discharged patient = cases.get(i);
            JsonObject followUp = followUp(patient.today().caseId());
            assertThat(followUp.getString("status")).isEqualTo("CLOSED");
            assertThat(followUp.getString("closeReason")).isEqualTo("Care transferred to hospital " + i);
            assertThat(followUp.getJsonArray("touchpoints").getValuesAs(JsonObject.class))
                    .extracting(t -> t.getString("status")).hasSize(5).containsOnly("CANCELLED");
            assertThat(actions(patient)).filteredOn("case.closed"::equals).hasSize(1);
        }

        Discharged same = cases.get(n);
        Run twice = ParallelClients.run(2, 2, i -> answer(close(same, "Patient asked to stop follow-up " + i)));
        assertThat(twice.countByStatus()).as(twice.outcomes().toString())
                .containsExactlyInAnyOrderEntriesOf(Map.of(200, 1L, 422, 1L));
        assertThat(twice.failures(200)).singleElement()
                .satisfies(o -> assertThat(o.detail()).contains("case.close.already"));
        assertThat(actions(same)).filteredOn("case.closed"::equals).hasSize(1);
        assertThat(followUp(same.today().caseId()).getString("closeReason"))
                .startsWith("Patient asked to stop follow-up ");
        log.assertNoLockTroubleNorStackTrace();
    }

    /** A discharged patient in follow-up: their day on the board, and their liver schedule's five touchpoints. */
    private record Discharged(Today today, List<JsonObject> touchpoints) {

        long touchpoint(int index) {
            return touchpoints.get(index).getJsonNumber("id").longValue();
        }

        LocalDate dueOn(int index) {
            return LocalDate.parse(touchpoints.get(index).getString("dueOn"));
        }
    }

    /** {@code n} liver patients taken through their procedure day, one after the other, each on a day of its own. */
    private static List<Discharged> discharged(String prefix, int n) {
        String tag = unique(5);
        long room = Clinic.room("Follow-up room " + tag, "CT");
        long radiologist = Clinic.radiologist("Dr. Follow-up " + tag);
        List<LocalDate> days = ProcedureDays.days(n);
        return ParallelClients.each(n, i -> {
            Today today = ProcedureDays.sessionToday(uniqueMrn(prefix + i), "LIVER", "EN", true, room, radiologist,
                    days.get(i));
            Probe.Reply discharged = ProcedureDays.wholeDay(today.sessionId());
            assertThat(discharged.status()).as(discharged.toString()).isEqualTo(200);
            List<JsonObject> touchpoints = followUp(today.caseId()).getJsonArray("touchpoints")
                    .getValuesAs(JsonObject.class);
            assertThat(touchpoints).hasSize(5);
            return new Discharged(today, touchpoints);
        });
    }

    private static Probe.Reply book(long touchpoint, LocalDate day, int hour, String place) {
        String at = ZonedDateTime.of(day, LocalTime.of(hour, 30), Clinic.ZONE).toOffsetDateTime().toString();
        return Probe.postAs("FRONT_DESK", "flow/touchpoints/" + touchpoint + "/book", Json.createObjectBuilder()
                .add("at", at).add("place", place).add("modality", "CT").build().toString());
    }

    private static Probe.Reply cancel(long touchpoint, String reason) {
        return Probe.postAs("FRONT_DESK", "flow/touchpoints/" + touchpoint + "/cancel", Json.createObjectBuilder()
                .add("reason", reason).build().toString());
    }

    private static Probe.Reply close(Discharged patient, String reason) {
        return Probe.postAs("CLINICAL", "flow/cases/" + patient.today().caseId() + "/close", Json.createObjectBuilder()
                .add("reason", reason).build().toString());
    }

    private static List<JsonObject> e10(Discharged patient) {
        return mail(patient.today().mrn()).getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("kind").equals("E10_FOLLOW_UP_IMAGING")).toList();
    }

    private static List<String> actions(Discharged patient) {
        return audit(patient.today().mrn()).getValuesAs(JsonObject.class).stream().map(a -> a.getString("action"))
                .toList();
    }

    private static Answer answer(Probe.Reply reply) {
        return new Answer(reply.status(), String.valueOf(reply.body()));
    }
}
