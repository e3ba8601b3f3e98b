package org.cryopath.it.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.stream.Stream;

/**
 * Patients on today's flow board for procedure-day and follow-up tests: a case of the organ and language asked, its
 * preparation issued, one session booked through the API on a day ahead and then brought to today by the probe (a
 * booking is never in the past, and check-in is on the session's day only).
 */
public final class ProcedureDays {

    public static final String REFERRER_EMAIL = "referrals@harbour-oncology.example.org";

    private ProcedureDays() {
    }

    /** A case and its session on today's board. */
    public record Today(String mrn, long caseId, long sessionId) {
    }

    /**
     * A case for {@code organ} of a patient speaking {@code language}, with a referrer's email or without, and its one
     * session booked on {@code day} in {@code room} with {@code radiologist}, then moved to start now.
     */
    public static Today sessionToday(String mrn, String organ, String language, boolean referrerEmail, long room,
            long radiologist, LocalDate day) {
        return sessionToday(mrn, organ, language, referrerEmail, room, radiologist, day, "[]");
    }

    /** As above, with the medicines the clinician ticks for the plan ({@code ["warfarin"]}: an INR test to have). */
    public static Today sessionToday(String mrn, String organ, String language, boolean referrerEmail, long room,
            long radiologist, LocalDate day, String medications) {
        JsonObjectBuilder referrer = Json.createObjectBuilder().add("name", "Dr. Morgan Lee")
                .add("practice", "Harbour Oncology").add("phone", "+1 555 010 2200");
        if (referrerEmail) {
            referrer.add("email", REFERRER_EMAIL);
        }
        JsonObject patient = Referrals.valid(mrn, language).build().getJsonObject("patient");
        JsonObjectBuilder intake = Referrals.valid(mrn, language).add("patient", Json.createObjectBuilder(patient)
                .add("familyName", familyName(mrn)));
        Probe.Reply registered = Probe.postAs("FRONT_DESK", "referrals", intake
                .add("targetOrgan", organ).add("referrer", referrer).build().toString());
        long referral = registered.object().getJsonNumber("referralId").longValue();
        long caseId = Probe.postAs("CLINICAL", "pathway/triage/" + referral + "/accept", Json.createObjectBuilder()
                        .add("anaesthesia", "SEDATION").add("guidance", "CT").add("plannedSessions", 1).build().toString())
                .object().getJsonNumber("caseId").longValue();
        long plan = Probe.postAs("CLINICAL", "pathway/cases/" + caseId + "/plan", "{\"medications\": " + medications + "}").object()
                .getJsonNumber("planId").longValue();
        Probe.postAs("CLINICAL", "pathway/plans/" + plan + "/issue", null);
        Api.Reply booked = Clinic.book(Staff.FRONT_DESK, caseId, Clinic.placement(Clinic.at(day, 8, 0), room,
                radiologist, null));
        if (booked.status() != 201) {
            throw new IllegalStateException("Booking for the flow board failed: " + booked.body());
        }
        long session = booked.json().getJsonNumber("sessionId").longValue();
        Probe.post("flow/sessions/" + session + "/today", null);
        return new Today(mrn, caseId, session);
    }

    /**
     * Consecutive days far ahead for a test's bookings (one room, one session a day, so that the bookings themselves
     * never meet), past the year's holidays.
     */
    public static List<LocalDate> days(int n) {
        LocalDate first = Clinic.farDay(40);
        return Stream.iterate(first, day -> day.plusDays(1))
                .filter(day -> !MonthDay.from(day).equals(MonthDay.of(12, 25))
                        && !MonthDay.from(day).equals(MonthDay.of(1, 1)))
                .limit(n).toList();
    }

    /** The patient's family name, of their own so that pages can find them: "Okafor" and the MRN's tail. */
    public static String familyName(String mrn) {
        return "Okafor" + mrn.substring(Math.max(0, mrn.length() - 8)).replaceAll("[^A-Z0-9]", "");
    }

    /**
     * Puts every session the test brought to today back on the day it was booked for: a test that moved sessions calls
     * this when it ends, so that the tests after it find no overlaps and today's recovery bays free.
     */
    public static void putBackTheSessionsBroughtToToday() {
        Probe.Reply reply = Probe.post("flow/sessions/put-back", null);
        if (reply.status() != 200) {
            throw new IllegalStateException("The sessions brought to today were not put back: " + reply);
        }
    }

    /** The front desk confirms the escort the patient named on the phone. */
    public static void confirmEscortByPhone(long session, String name) {
        Probe.Reply confirmed = Probe.postAs("FRONT_DESK", "flow/sessions/" + session + "/escort-confirmed",
                Json.createObjectBuilder().add("name", name).add("phone", "+15550141002").build().toString());
        if (confirmed.status() != 200) {
            throw new IllegalStateException("The escort was not confirmed: " + confirmed);
        }
    }

    public static Probe.Reply step(String role, long session, String step, JsonObject body) {
        return Probe.postAs(role, "flow/sessions/" + session + "/" + step, body == null ? "{}" : body.toString());
    }

    /** Check-in, procedure completed, discharge with the confirmed escort: the patient's whole day. */
    public static Probe.Reply wholeDay(long session) {
        confirmEscortByPhone(session, "Sam Rivera");
        step("FRONT_DESK", session, "check-in", null);
        step("CLINICAL", session, "start", null);
        step("CLINICAL", session, "end", Json.createObjectBuilder().add("outcome", "COMPLETED")
                .add("note", "Two probes, two freeze cycles").build());
        return step("FRONT_DESK", session, "discharge", null);
    }

    public static JsonObject followUp(long caseId) {
        return Probe.getAs("CLINICAL", "flow/cases/" + caseId + "/follow-up").object();
    }

    public static JsonArray mail(String mrn) {
        return Probe.get("flow/patients/" + URLEncoder.encode(mrn, StandardCharsets.UTF_8) + "/mail").array();
    }

    public static JsonArray audit(String mrn) {
        return Probe.get("flow/patients/" + URLEncoder.encode(mrn, StandardCharsets.UTF_8) + "/audit").array();
    }

    /** The first violation's field and key of a refused step, "field/key". */
    public static String refusal(Probe.Reply reply) {
        JsonObject violation = reply.object().getJsonArray("violations").getJsonObject(0);
        return violation.getString("field") + "/" + violation.getString("key");
    }
}
