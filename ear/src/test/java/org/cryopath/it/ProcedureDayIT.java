package org.cryopath.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cryopath.it.support.ProcedureDays.audit;
import static org.cryopath.it.support.ProcedureDays.followUp;
import static org.cryopath.it.support.ProcedureDays.mail;
import static org.cryopath.it.support.ProcedureDays.refusal;
import static org.cryopath.it.support.ProcedureDays.step;
import static org.cryopath.it.support.Referrals.unique;
import static org.cryopath.it.support.Referrals.uniqueMrn;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.cryopath.it.support.Clinic;
import org.cryopath.it.support.CryoPathDeployment;
import org.cryopath.it.support.ParallelClients;
import org.cryopath.it.support.ParallelClients.Answer;
import org.cryopath.it.support.ParallelClients.Run;
import org.cryopath.it.support.Probe;
import org.cryopath.it.support.ProcedureDays;
import org.cryopath.it.support.ProcedureDays.Today;
import org.cryopath.it.support.Server;
import org.cryopath.it.support.ServerLog;
import org.cryopath.it.support.Staff;
import org.cryopath.it.support.TestMailServer;
import org.cryopath.it.support.WebSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The procedure day and the follow-up on the real EAR, through the services as the front desk and clinicians reach
 * them: the escort gate at check-in and a clinician's override with its audit; discharge computing the follow-up on
 * real dates and queuing E8, E9 and the referrer's summary; the follow-up worklist's steps; and many patients moving
 * through the day at once. Each test books on a room and radiologist of its own, then brings the sessions to today.
 */
@ExtendWith(ArquillianExtension.class)
class ProcedureDayIT {

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
    void checkInNeedsAConfirmedEscortOrAClinicianReasonThatIsAudited() {
        String tag = unique(5);
        long room = Clinic.room("Gate room " + tag, "CT");
        long radiologist = Clinic.radiologist("Dr. Gate " + tag);
        List<LocalDate> days = days(2);
        Today unescorted = ProcedureDays.sessionToday(uniqueMrn("GATE"), "KIDNEY", "EN", true, room, radiologist,
                days.get(0));
        Today escorted = ProcedureDays.sessionToday(uniqueMrn("ESCORTED"), "KIDNEY", "EN", true, room, radiologist,
                days.get(1));

        Probe.Reply refused = step("FRONT_DESK", unescorted.sessionId(), "check-in", null);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refusal(refused)).isEqualTo("overrideReason/session.checkIn.escortRequired");
        Probe.Reply frontDeskOverride = step("FRONT_DESK", unescorted.sessionId(), "check-in",
                Json.createObjectBuilder().add("overrideReason", "Daughter on her way").build());
        assertThat(refusal(frontDeskOverride)).as("only a clinician overrides the gate")
                .isEqualTo("overrideReason/session.checkIn.clinicalOnly");

        Probe.Reply overridden = step("CLINICAL", unescorted.sessionId(), "check-in", Json.createObjectBuilder()
                .add("overrideReason", "Escort confirmed in person at the desk; phone number on file").build());

        assertThat(overridden.status()).as(overridden.toString()).isEqualTo(200);
        assertThat(overridden.object().getString("stage")).isEqualTo("CHECKED_IN");
        assertThat(overridden.object().getString("checkInOverride"))
                .isEqualTo("Escort confirmed in person at the desk; phone number on file");
        assertThat(audit(unescorted.mrn())).map(JsonValue::asJsonObject)
                .filteredOn(a -> a.getString("action").equals("session.checkedInWithoutEscort"))
                .singleElement().satisfies(a -> {
                    assertThat(a.getString("actor")).isEqualTo("probe-clinical");
                    assertThat(a.getString("after")).contains("Escort confirmed in person at the desk", "CHECKED_IN");
                });

        ProcedureDays.confirmEscortByPhone(escorted.sessionId(), "Sam Rivera");
        Probe.Reply checkedIn = step("FRONT_DESK", escorted.sessionId(), "check-in", null);
        assertThat(checkedIn.status()).as(checkedIn.toString()).isEqualTo(200);
        assertThat(checkedIn.object().getString("checkInOverride")).isEmpty();
        assertThat(audit(escorted.mrn())).map(a -> a.asJsonObject().getString("action"))
                .contains("session.checkedIn").doesNotContain("session.checkedInWithoutEscort");
    }

    @Test
    void dischargeComputesTheFollowUpOnRealDatesQueuesTheAfterCareMailAndTheReferrersSummary() {
        String tag = unique(5);
        long room = Clinic.room("Discharge room " + tag, "CT");
        long radiologist = Clinic.radiologist("Dr. Discharge " + tag);
        List<LocalDate> days = days(4);
        Today kidney = ProcedureDays.sessionToday(uniqueMrn("KIDNEY"), "KIDNEY", "EN", true, room, radiologist,
                days.get(0));
        Today liver = ProcedureDays.sessionToday(uniqueMrn("LIVER"), "LIVER", "ES", true, room, radiologist,
                days.get(1));
        Today lungEn = ProcedureDays.sessionToday(uniqueMrn("LUNGEN"), "LUNG", "EN", false, room, radiologist,
                days.get(2));
        Today lungEs = ProcedureDays.sessionToday(uniqueMrn("LUNGES"), "LUNG", "ES", true, room, radiologist,
                days.get(3));

        for (Today today : List.of(kidney, liver, lungEn, lungEs)) {
            Probe.Reply discharged = ProcedureDays.wholeDay(today.sessionId());
            assertThat(discharged.status()).as(discharged.toString()).isEqualTo(200);
            assertThat(discharged.object().getString("stage")).isEqualTo("DISCHARGED");
            assertThat(discharged.object().getString("collectedBy")).isEqualTo("Sam Rivera");
        }
        assertTheTodayBoardCountsAsTheFlowBoard();

        LocalDate dischargedOn = LocalDate.now(Clinic.ZONE);
        assertSchedule(kidney, dischargedOn, 1, 3, 6, 12, 24, 36, 48, 60);
        assertSchedule(liver, dischargedOn, 1, 3, 6, 9, 12);
        assertSchedule(lungEn, dischargedOn, 1, 3, 6, 9, 12);
        assertThat(audit(kidney.mrn())).map(a -> a.asJsonObject().getString("action")).contains("session.procedureStarted",
                "session.procedureCompleted", "session.discharged", "case.treated", "case.followUpStarted");

        Map<String, JsonObject> kidneyMail = byKind(kidney.mrn());
        assertThat(kidneyMail.get("E8_DAY_AFTER").getString("due"))
                .isEqualTo(ZonedDateTime.of(dischargedOn.plusDays(1), LocalTime.of(10, 0), Clinic.ZONE).toInstant().toString());
        assertThat(kidneyMail.get("E9_WEEK_AFTER").getString("due"))
                .isEqualTo(ZonedDateTime.of(dischargedOn.plusDays(7), LocalTime.of(10, 0), Clinic.ZONE).toInstant().toString());
        assertThat(kidneyMail.get("E8_DAY_AFTER").getString("text")).contains("blood in your urine")
                .doesNotContain("shortness of breath");
        assertThat(kidneyMail.get("E8_DAY_AFTER").getString("subject")).doesNotContainIgnoringCase("kidney");
        assertThat(byKind(liver.mrn()).get("E8_DAY_AFTER").getString("text")).contains("¿Cómo se encuentra hoy?",
                "la piel o los ojos amarillos");
        assertThat(byKind(lungEn.mrn()).get("E8_DAY_AFTER").getString("text")).contains("shortness of breath");
        assertThat(byKind(lungEs.mrn()).get("E8_DAY_AFTER").getString("text")).contains("falta de aire");
        assertThat(byKind(lungEs.mrn()).get("E9_WEEK_AFTER").getString("text")).contains("actividades habituales");

        JsonObject summary = kidneyMail.get("R1_REFERRER_SUMMARY");
        assertThat(summary.getString("recipient")).isEqualTo(ProcedureDays.REFERRER_EMAIL);
        assertThat(summary.getString("language")).isEqualTo("EN");
        assertThat(summary.getString("text")).contains("Dear Dr. Morgan Lee,", "Grace Okafor", "Anaesthesia: sedation",
                ": completed", "Follow-up plan", "+1 555").doesNotContain("renal mass", kidney.mrn());
        assertThat(byKind(liver.mrn()).get("R1_REFERRER_SUMMARY").getString("text")).as("English whatever the patient's")
                .contains("Treatment summary");
        assertThat(byKind(lungEn.mrn())).as("no referrer email: no summary").doesNotContainKey("R1_REFERRER_SUMMARY");
        assertThat(audit(lungEn.mrn())).map(a -> a.asJsonObject().getString("action"))
                .contains("referrer.summaryNotSent");
    }

    @Test
    void bookingAFollowUpScanSendsE10AndTheCaseClosesWhenItsScheduleEnds() {
        String tag = unique(5);
        long room = Clinic.room("Follow room " + tag, "CT");
        long radiologist = Clinic.radiologist("Dr. Follow " + tag);
        Today liver = ProcedureDays.sessionToday(uniqueMrn("FOLLOW"), "LIVER", "EN", true, room, radiologist,
                days(1).get(0));
        assertThat(ProcedureDays.wholeDay(liver.sessionId()).status()).isEqualTo(200);
        List<JsonObject> touchpoints = followUp(liver.caseId()).getJsonArray("touchpoints").getValuesAs(JsonObject.class);
        long first = touchpoints.get(0).getJsonNumber("id").longValue();
        String at = ZonedDateTime.of(LocalDate.parse(touchpoints.get(0).getString("dueOn")), LocalTime.of(9, 30),
                Clinic.ZONE).toOffsetDateTime().toString();

        Probe.Reply noPlace = Probe.postAs("FRONT_DESK", "flow/touchpoints/" + first + "/book", Json.createObjectBuilder()
                .add("at", at).add("place", " ").add("modality", "CT").build().toString());
        assertThat(noPlace.status()).isEqualTo(422);
        assertThat(refusal(noPlace)).startsWith("place/");
        assertThat(mail(liver.mrn())).map(m -> m.asJsonObject().getString("kind")).doesNotContain("E10_FOLLOW_UP_IMAGING");

        Probe.Reply booked = Probe.postAs("FRONT_DESK", "flow/touchpoints/" + first + "/book", Json.createObjectBuilder()
                .add("at", at).add("place", "Imaging department, CT 2").add("modality", "CT").build().toString());
        assertThat(booked.status()).as(booked.toString()).isEqualTo(200);
        assertThat(booked.object().getString("status")).isEqualTo("BOOKED");
        JsonObject e10 = byKind(liver.mrn()).get("E10_FOLLOW_UP_IMAGING");
        assertThat(e10.getString("subject")).contains("your follow-up appointment is booked");
        assertThat(e10.getString("text")).contains("Imaging department, CT 2");

        assertThat(Probe.postAs("CLINICAL", "flow/touchpoints/" + first + "/done", "{}").status()).isEqualTo(200);
        Probe.Reply noReason = Probe.postAs("FRONT_DESK", "flow/touchpoints/" + touchpoints.get(1).getJsonNumber("id")
                + "/cancel", "{}");
        assertThat(refusal(noReason)).startsWith("reason/");
        for (JsonObject touchpoint : touchpoints.subList(1, touchpoints.size())) {
            assertThat(followUp(liver.caseId()).getString("status")).isEqualTo("IN_FOLLOW_UP");
            assertThat(Probe.postAs("FRONT_DESK", "flow/touchpoints/" + touchpoint.getJsonNumber("id") + "/cancel",
                    "{\"reason\": \"Scans done at the referring hospital\"}").status()).isEqualTo(200);
        }

        JsonObject closed = followUp(liver.caseId());
        assertThat(closed.getString("status")).isEqualTo("CLOSED");
        assertThat(closed.getString("closeReason")).isEqualTo("Follow-up schedule completed");
        assertThat(audit(liver.mrn())).map(a -> a.asJsonObject().getString("action"))
                .contains("followUp.booked", "followUp.done", "followUp.cancelled", "case.closed");
    }

    @Test
    void manyDistinctPatientsMoveThroughTheDayAtOnceAndTwoCheckInsOfOneSessionMakeOne() {
        String tag = unique(5);
        long room = Clinic.room("Parallel room " + tag, "CT");
        long radiologist = Clinic.radiologist("Dr. Parallel " + tag);
        int n = 12;
        List<LocalDate> days = days(n + 1);
        List<Today> sessions = ParallelClients.each(n, i -> ProcedureDays.sessionToday(uniqueMrn("PAR" + i), "LUNG",
                i % 2 == 0 ? "EN" : "ES", true, room, radiologist, days.get(i)));
        sessions.forEach(s -> ProcedureDays.confirmEscortByPhone(s.sessionId(), "Escort " + s.mrn()));
        ServerLog log = ServerLog.fromNow();

        Run checkIns = ParallelClients.run(n, n, i -> answer(step("FRONT_DESK", sessions.get(i).sessionId(),
                "check-in", null)));
        assertThat(checkIns.countByStatus()).as(checkIns.outcomes().toString()).containsExactly(Map.entry(200, (long) n));
        sessions.forEach(s -> {
            step("CLINICAL", s.sessionId(), "start", null);
            step("CLINICAL", s.sessionId(), "end", Json.createObjectBuilder().add("outcome", "COMPLETED").build());
        });
        Run discharges = ParallelClients.run(n, n, i -> answer(step("FRONT_DESK", sessions.get(i).sessionId(),
                "discharge", null)));
        assertThat(discharges.countByStatus()).as(discharges.outcomes().toString())
                .containsExactly(Map.entry(200, (long) n));
        assertThat(sessions).allSatisfy(s -> {
            assertThat(followUp(s.caseId()).getJsonArray("touchpoints")).hasSize(5);
            assertThat(byKind(s.mrn())).containsKeys("E8_DAY_AFTER", "E9_WEEK_AFTER", "R1_REFERRER_SUMMARY");
        });

        Today same = ProcedureDays.sessionToday(uniqueMrn("TWICE"), "KIDNEY", "EN", true, room, radiologist,
                days.get(n));
        ProcedureDays.confirmEscortByPhone(same.sessionId(), "Sam Rivera");
        Run twice = ParallelClients.run(2, 2, i -> answer(step("FRONT_DESK", same.sessionId(), "check-in", null)));
        assertThat(twice.countByStatus()).as(twice.outcomes().toString())
                .containsExactlyInAnyOrderEntriesOf(Map.of(200, 1L, 422, 1L));
        assertThat(twice.failures(200)).singleElement()
                .satisfies(o -> assertThat(o.detail()).contains("session.checkIn.already"));
        assertThat(audit(same.mrn())).map(a -> a.asJsonObject().getString("action"))
                .filteredOn("session.checkedIn"::equals).hasSize(1);
        log.assertNoLockTroubleNorStackTrace();
    }

    @Test
    void aTestThePlanAsksForFlagsTheSessionUntilItsResultIsRecordedInsideItsWindow() {
        String tag = unique(5);
        long room = Clinic.room("Labs room " + tag, "CT");
        long radiologist = Clinic.radiologist("Dr. Labs " + tag);
        Today today = ProcedureDays.sessionToday(uniqueMrn("LABS"), "KIDNEY", "EN", true, room, radiologist,
                days(1).get(0), "[\"warfarin\"]");
        assertThat(boardItem(today.sessionId()).getJsonArray("missingLabs")).extracting(v -> v.toString())
                .containsExactly("\"INR\"");
        LocalDate clinicToday = LocalDate.now(Clinic.ZONE);

        Probe.Reply future = Probe.postAs("CLINICAL", "flow/cases/" + today.caseId() + "/labs", Json.createObjectBuilder()
                .add("test", "INR").add("takenOn", clinicToday.plusDays(1).toString()).add("result", "1.2").build()
                .toString());
        assertThat(refusal(future)).isEqualTo("takenOn/lab.takenOn.future");
        Probe.Reply unknown = Probe.postAs("CLINICAL", "flow/cases/" + today.caseId() + "/labs", Json.createObjectBuilder()
                .add("test", "HBA1C").add("takenOn", clinicToday.toString()).add("result", "6").build().toString());
        assertThat(refusal(unknown)).isEqualTo("test/lab.test.notInPlan");
        Probe.Reply tooEarly = Probe.postAs("CLINICAL", "flow/cases/" + today.caseId() + "/labs", Json.createObjectBuilder()
                .add("test", "INR").add("takenOn", clinicToday.minusDays(5).toString()).add("result", "1.1").build()
                .toString());
        assertThat(tooEarly.status()).isEqualTo(200);
        assertThat(boardItem(today.sessionId()).getJsonArray("missingLabs")).as("taken outside its 2-day window")
                .hasSize(1);

        Probe.Reply inWindow = Probe.postAs("CLINICAL", "flow/cases/" + today.caseId() + "/labs",
                Json.createObjectBuilder().add("test", "INR").add("takenOn", clinicToday.minusDays(1).toString())
                        .add("result", "1.3").build().toString());

        assertThat(inWindow.status()).as(inWindow.toString()).isEqualTo(200);
        assertThat(boardItem(today.sessionId()).getJsonArray("missingLabs")).isEmpty();
        assertThat(audit(today.mrn())).map(a -> a.asJsonObject().getString("action"))
                .filteredOn("lab.recorded"::equals).hasSize(2);
    }

    @Test
    void labResultsOfManyDistinctCasesRecordedAtOnceAllCount() {
        String tag = unique(5);
        long room = Clinic.room("Labs parallel room " + tag, "CT");
        long radiologist = Clinic.radiologist("Dr. Labs Parallel " + tag);
        int n = 12;
        List<LocalDate> days = days(n);
        List<Today> sessions = ParallelClients.each(n, i -> ProcedureDays.sessionToday(uniqueMrn("LABPAR" + i),
                "KIDNEY", "EN", true, room, radiologist, days.get(i), "[\"warfarin\"]"));
        String yesterday = LocalDate.now(Clinic.ZONE).minusDays(1).toString();
        ServerLog log = ServerLog.fromNow();

        Run labs = ParallelClients.run(n, n, i -> answer(Probe.postAs("CLINICAL", "flow/cases/"
                + sessions.get(i).caseId() + "/labs", Json.createObjectBuilder().add("test", "INR")
                .add("takenOn", yesterday).add("result", "1." + (10 + i)).build().toString())));

        assertThat(labs.countByStatus()).as(labs.outcomes().toString()).containsExactly(Map.entry(200, (long) n));
        for (int i = 0; i < n; i++) {
            Today today = sessions.get(i);
            String result = "1." + (10 + i);
            assertThat(boardItem(today.sessionId()).getJsonArray("missingLabs")).as(today.mrn()).isEmpty();
            assertThat(audit(today.mrn())).map(JsonValue::asJsonObject)
                    .filteredOn(a -> a.getString("action").equals("lab.recorded")).as("its own result, once")
                    .singleElement().satisfies(a -> assertThat(a.getString("after")).contains(result));
        }
        log.assertNoLockTroubleNorStackTrace();
    }

    @Test
    void manyDistinctProceduresEndAndNoShowsAreMarkedAtOnceAndTwoEndsOfOneSessionMakeOne() {
        String tag = unique(5);
        long room = Clinic.room("Outcome room " + tag, "CT");
        long radiologist = Clinic.radiologist("Dr. Outcome " + tag);
        int treated = 8;
        int absent = 4;
        List<LocalDate> days = days(treated + absent + 2);
        List<Today> sessions = ParallelClients.each(treated + absent + 2, i -> ProcedureDays.sessionToday(
                uniqueMrn("OUT" + i), "LIVER", "EN", true, room, radiologist, days.get(i)));
        List<Today> inRoom = sessions.subList(0, treated);
        List<Today> noShows = sessions.subList(treated, treated + absent);
        Today endedTwice = sessions.get(treated + absent);
        Today noShowTwice = sessions.get(treated + absent + 1);
        for (Today today : List.of(inRoom, List.of(endedTwice)).stream().flatMap(List::stream).toList()) {
            ProcedureDays.confirmEscortByPhone(today.sessionId(), "Escort " + today.mrn());
            assertThat(step("FRONT_DESK", today.sessionId(), "check-in", null).status()).isEqualTo(200);
        }
        ServerLog log = ServerLog.fromNow();

        Run starts = ParallelClients.run(treated, treated, i -> answer(step("CLINICAL", inRoom.get(i).sessionId(),
                "start", null)));
        assertThat(starts.countByStatus()).as(starts.outcomes().toString())
                .containsExactly(Map.entry(200, (long) treated));

        // At once: half the procedures completed, half aborted with a reason, and the patients who did not come.
        Run ends = ParallelClients.run(treated + absent, treated + absent, i -> i < treated
                ? answer(step("CLINICAL", inRoom.get(i).sessionId(), "end", i % 2 == 0
                        ? Json.createObjectBuilder().add("outcome", "COMPLETED").build()
                        : Json.createObjectBuilder().add("outcome", "ABORTED").add("note", "Bleeding " + i).build()))
                : answer(step("FRONT_DESK", noShows.get(i - treated).sessionId(), "no-show", null)));

        assertThat(ends.countByStatus()).as(ends.outcomes().toString())
                .containsExactly(Map.entry(200, (long) (treated + absent)));
        for (int i = 0; i < treated; i++) {
            Today today = inRoom.get(i);
            JsonObject item = boardItem(today.sessionId());
            assertThat(item.getString("stage")).isEqualTo("RECOVERY");
            assertThat(item.getString("outcome")).isEqualTo(i % 2 == 0 ? "COMPLETED" : "ABORTED");
            assertThat(actions(today.mrn())).as("each step audited once").containsSubsequence("session.checkedIn",
                            "session.procedureStarted", i % 2 == 0 ? "session.procedureCompleted" : "session.procedureAborted")
                    .filteredOn(a -> a.startsWith("session.procedure")).hasSize(2);
        }
        assertThat(audit(inRoom.get(1).mrn())).map(JsonValue::asJsonObject)
                .filteredOn(a -> a.getString("action").equals("session.procedureAborted")).as("the reason kept")
                .singleElement().satisfies(a -> assertThat(a.getString("after")).contains("Bleeding 1"));
        assertThat(noShows).allSatisfy(t -> {
            assertThat(boardItem(t.sessionId()).getString("stage")).isEqualTo("NO_SHOW");
            assertThat(actions(t.mrn())).filteredOn("session.noShow"::equals).hasSize(1);
        });

        // The same session ended twice at once (two clinicians, two outcomes): one is stored and audited, the other
        // refused as ended already. The same no-show marked twice: once.
        assertThat(step("CLINICAL", endedTwice.sessionId(), "start", null).status()).isEqualTo(200);
        Run twice = ParallelClients.run(2, 2, i -> answer(step("CLINICAL", endedTwice.sessionId(), "end", i == 0
                ? Json.createObjectBuilder().add("outcome", "COMPLETED").build()
                : Json.createObjectBuilder().add("outcome", "ABORTED").add("note", "Patient unwell").build())));
        assertThat(twice.countByStatus()).as(twice.outcomes().toString())
                .containsExactlyInAnyOrderEntriesOf(Map.of(200, 1L, 422, 1L));
        assertThat(twice.failures(200)).singleElement()
                .satisfies(o -> assertThat(o.detail()).contains("session.procedure.ended"));
        String stored = boardItem(endedTwice.sessionId()).getString("outcome");
        assertThat(actions(endedTwice.mrn())).filteredOn(a -> a.startsWith("session.procedure")
                        && !a.equals("session.procedureStarted")).as("the stored outcome, audited once")
                .containsExactly(stored.equals("COMPLETED") ? "session.procedureCompleted" : "session.procedureAborted");
        Run marked = ParallelClients.run(2, 2, i -> answer(step("FRONT_DESK", noShowTwice.sessionId(), "no-show",
                null)));
        assertThat(marked.countByStatus()).as(marked.outcomes().toString())
                .containsExactlyInAnyOrderEntriesOf(Map.of(200, 1L, 422, 1L));
        assertThat(marked.failures(200)).singleElement()
                .satisfies(o -> assertThat(o.detail()).contains("session.noShow.notBooked"));
        assertThat(actions(noShowTwice.mrn())).filteredOn("session.noShow"::equals).hasSize(1);
        assertTheTodayBoardCountsAsTheFlowBoard();
        log.assertNoLockTroubleNorStackTrace();
    }

    @Test
    void theTodayBoardListsEachSessionWithItsPatientTeamAndWhetherThePreparationWasAcknowledged() {
        String tag = unique(5);
        long room = Clinic.room("Board room " + tag, "CT");
        long radiologist = Clinic.radiologist("Dr. Board " + tag);
        List<LocalDate> days = days(2);
        Today read = ProcedureDays.sessionToday(uniqueMrn("BOARDREAD"), "KIDNEY", "EN", true, room, radiologist,
                days.get(0));
        Today unread = ProcedureDays.sessionToday(uniqueMrn("BOARDUNREAD"), "LIVER", "ES", true, room, radiologist,
                days.get(1));
        assertThat(Probe.post("flow/cases/" + read.caseId() + "/plan-acknowledged", null).status()).isEqualTo(200);
        ProcedureDays.confirmEscortByPhone(read.sessionId(), "Sam Rivera");
        assertThat(step("FRONT_DESK", read.sessionId(), "check-in", null).status()).isEqualTo(200);

        WebSession frontDesk = WebSession.signedIn(Staff.FRONT_DESK);
        HttpResponse<String> board = frontDesk.get(Server.cryopath("today/board.xhtml"));

        assertThat(board.statusCode()).isEqualTo(200);
        assertThat(row(board.body(), read.mrn()))
                .contains(ProcedureDays.familyName(read.mrn()), "Board room " + tag, "Dr. Board " + tag, "Sedation",
                        "acknowledged done", "session/book.xhtml?case=" + read.caseId(),
                        "<li class=\"flag status\">Checked in</li>")
                .doesNotContain("pending");
        assertThat(row(board.body(), unread.mrn()))
                .contains(ProcedureDays.familyName(unread.mrn()), "Board room " + tag, "Dr. Board " + tag,
                        "acknowledged pending attention", "session/book.xhtml?case=" + unread.caseId())
                .doesNotContain("acknowledged done", "<li class=\"flag");
    }

    /**
     * The today board is read once for the staff who ask for it at the same moment ({@code TodayReads}), and never
     * before a request arrived: eight front-desk members each check a different patient in and then open the board, at
     * once, while eight clinicians keep asking for it — each front-desk member sees the patient they just checked in
     * as checked in.
     */
    @Test
    void staffOpeningTheBoardAtOnceEachSeeTheCheckInTheyJustMade() throws Exception {
        String tag = unique(5);
        long room = Clinic.room("Busy board room " + tag, "CT");
        long radiologist = Clinic.radiologist("Dr. Busy " + tag);
        int n = 8;
        List<LocalDate> days = days(n);
        List<Today> sessions = ParallelClients.each(n, i -> ProcedureDays.sessionToday(uniqueMrn("BUSY" + i), "LUNG",
                "EN", true, room, radiologist, days.get(i)));
        sessions.forEach(s -> ProcedureDays.confirmEscortByPhone(s.sessionId(), "Escort " + s.mrn()));
        List<WebSession> desks = ParallelClients.each(n, i -> WebSession.signedIn(Staff.FRONT_DESK));
        AtomicBoolean checkedIn = new AtomicBoolean();
        ExecutorService clinicians = Executors.newFixedThreadPool(n);
        List<Future<Integer>> watching = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            watching.add(clinicians.submit(() -> {
                WebSession clinician = WebSession.signedIn(Staff.CLINICIAN);
                int pages = 0;
                do {
                    assertThat(clinician.get(Server.cryopath("today/board.xhtml")).statusCode()).isEqualTo(200);
                    pages++;
                } while (!checkedIn.get());
                return pages;
            }));
        }
        try {
            Run run = ParallelClients.run(n, n, i -> {
                Today mine = sessions.get(i);
                Answer checkIn = answer(step("FRONT_DESK", mine.sessionId(), "check-in", null));
                if (checkIn.status() != 200) {
                    return checkIn;
                }
                String row = row(desks.get(i).get(Server.cryopath("today/board.xhtml")).body(), mine.mrn());
                return new Answer(row.contains("<li class=\"flag status\">Checked in</li>") ? 200 : 409, row);
            });

            assertThat(run.countByStatus()).as(run.outcomes().toString()).containsExactly(Map.entry(200, (long) n));
        } finally {
            checkedIn.set(true);
            clinicians.shutdown();
        }
        for (Future<Integer> clinician : watching) {
            assertThat(clinician.get(2, TimeUnit.MINUTES)).as("boards a clinician opened").isPositive();
        }
    }

    /** The today board's row of the patient with {@code mrn}. */
    private static String row(String board, String mrn) {
        return Arrays.stream(board.split("<tr class=\"session\""))
                .map(row -> row.substring(0, Math.max(0, row.indexOf("</tr>"))))
                .filter(row -> row.contains(">" + mrn + "<"))
                .findFirst().orElseThrow(() -> new AssertionError("no row for " + mrn + " on the today board"));
    }

    /**
     * The today board counts the day's stages with one grouped query ({@code ProcedureDay.todayCounts}), the flow board
     * from its sessions: both count alike, stage by stage.
     */
    private static void assertTheTodayBoardCountsAsTheFlowBoard() {
        JsonObject board = Probe.getAs("FRONT_DESK", "flow/board").object();
        assertThat(board.getJsonObject("todayCounts")).as("the today board's counts").isEqualTo(board.getJsonObject("counts"));
        assertThat(board.getJsonObject("counts").values()).as("some stage counted").anyMatch(n -> !n.toString().equals("0"));
    }

    private static List<String> actions(String mrn) {
        return audit(mrn).getValuesAs(JsonObject.class).stream().map(a -> a.getString("action")).toList();
    }

    private static JsonObject boardItem(long sessionId) {
        return Probe.getAs("FRONT_DESK", "flow/board").object().getJsonArray("sessions").getValuesAs(JsonObject.class)
                .stream().filter(s -> s.getJsonNumber("sessionId").longValue() == sessionId).findFirst().orElseThrow();
    }

    private static Answer answer(Probe.Reply reply) {
        return new Answer(reply.status(), String.valueOf(reply.body()));
    }

    private static void assertSchedule(Today today, LocalDate dischargedOn, int... months) {
        JsonObject followUp = followUp(today.caseId());
        assertThat(followUp.getString("status")).isEqualTo("IN_FOLLOW_UP");
        List<JsonObject> touchpoints = followUp.getJsonArray("touchpoints").getValuesAs(JsonObject.class);
        assertThat(touchpoints).extracting(t -> t.getInt("monthsAfter"))
                .containsExactlyElementsOf(java.util.Arrays.stream(months).boxed().toList());
        assertThat(touchpoints).allSatisfy(t -> {
            assertThat(LocalDate.parse(t.getString("dueOn"))).isEqualTo(dischargedOn.plusMonths(t.getInt("monthsAfter")));
            assertThat(t.getString("status")).isEqualTo("PLANNED");
        });
    }

    private static Map<String, JsonObject> byKind(String mrn) {
        return mail(mrn).getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(m -> m.getString("kind"), m -> m, (a, b) -> b));
    }

    private static List<LocalDate> days(int n) {
        return ProcedureDays.days(n);
    }
}
